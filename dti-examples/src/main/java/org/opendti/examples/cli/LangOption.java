package org.opendti.examples.cli;

import org.opendti.Framework;
import org.opendti.Language;
import picocli.CommandLine.Option;

/**
 * {@code --lang vi|en}: the language of help and messages (which {@link DtiCommand#run} reads from the arguments
 * before picocli parses them, see {@link Messages}) and of labels in tables and reports. Every command has it.
 */
final class LangOption {
  @Option(names = "--lang", paramLabel = "vi|en",
      description = "Language of help, messages, and labels in tables and reports: vi or en. Help and messages"
          + " default to the locale (vi when LC_ALL, LC_MESSAGES or LANG starts with vi), labels to the framework's"
          + " language (vi for the built-in ones).")
  String lang;

  /** The language asked for, or the framework's default. */
  Language resolve(Framework f) {
    return lang == null ? Language.forFramework(f) : Language.of(lang);
  }

  /** The language asked for, or Vietnamese (the built-in frameworks' language). */
  Language resolve() {
    return lang == null ? Language.VI : Language.of(lang);
  }
}
