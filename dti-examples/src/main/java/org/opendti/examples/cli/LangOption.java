package org.opendti.examples.cli;

import org.opendti.Framework;
import org.opendti.io.html.Language;
import picocli.CommandLine.Option;

/** {@code --lang vi|en}: the language of labels in tables and reports. */
final class LangOption {
  @Option(names = "--lang", paramLabel = "vi|en",
      description = "Language of labels in tables and reports: vi or en (default: vi for Vietnamese frameworks).")
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
