/**
 * Analyses built on results: periods and group statistics ({@link org.opendti.analysis.Panel}), checking the figures
 * a report states ({@link org.opendti.analysis.ClaimCheck}), a unit's strengths and weaknesses
 * ({@link org.opendti.analysis.Profile}), the way up to a target rank ({@link org.opendti.analysis.TargetPlanner}),
 * what-if scenarios ({@link org.opendti.analysis.WhatIf}), robustness of a ranking to the method
 * ({@link org.opendti.analysis.Uncertainty}, {@link org.opendti.analysis.Sensitivity}) and agreement between rankings
 * and indicators ({@link org.opendti.analysis.Agreement}); in an assessment round, what appraisal changed
 * ({@link org.opendti.analysis.Appraisal}) and who still owes what ({@link org.opendti.analysis.Status}).
 *
 * <p>Every public type is immutable and thread-safe unless documented otherwise; no method accepts or returns
 * {@code null}. The uses follow what the seed articles report (see {@code seeds/README.md}): value and rank against
 * last year, group averages, best and worst units and spreads, target ranks.
 */
@NullMarked
package org.opendti.analysis;

import org.jspecify.annotations.NullMarked;
