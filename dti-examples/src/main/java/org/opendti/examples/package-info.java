/**
 * Runnable examples, one per capability; each has a smoke test so it cannot rot. Not part of the library.
 */
package org.opendti.examples;
