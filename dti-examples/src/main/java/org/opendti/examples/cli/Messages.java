package org.opendti.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import org.opendti.Language;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code dti} command's help and messages in one language, from {@code messages.properties} (English) and
 * {@code messages_vi.properties} (Vietnamese) beside this class; both hold the same keys.
 *
 * <p>The language is {@code --lang vi|en} when the arguments give it, else the locale: the first of
 * {@code LC_ALL}, {@code LC_MESSAGES} and {@code LANG} that is set and not empty (POSIX order), Vietnamese when it
 * starts with {@code vi}, English otherwise. Picocli takes the help texts from the same bundle
 * ({@link picocli.CommandLine#setResourceBundle}); a command finds its messages with {@link #of(CommandSpec)}.
 * Messages of the DTI library's exceptions are English and are shown as they are.
 *
 * <p>The bundles are read as UTF-8 into {@link PropertyResourceBundle}s directly, not through
 * {@link ResourceBundle#getBundle}, so the JVM's default locale never picks the language.
 */
final class Messages {
  private static final Messages EN = new Messages(Language.EN, load("messages.properties"));
  private static final Messages VI = new Messages(Language.VI, load("messages_vi.properties"));

  private final Language language;
  private final ResourceBundle bundle;

  private Messages(Language language, ResourceBundle bundle) {
    this.language = language;
    this.bundle = bundle;
  }

  private static ResourceBundle load(String name) {
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the resource " + name + " is missing from the jar");
      }
      return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The messages in a language. */
  static Messages of(Language language) {
    return language == Language.VI ? VI : EN;
  }

  /** The messages of a command: in the language of the bundle {@code dti} gave it, English without one. */
  static Messages of(CommandSpec spec) {
    return spec.resourceBundle() == VI.bundle ? VI : EN;
  }

  /** The language of these messages. */
  Language language() {
    return language;
  }

  /** The resource bundle, for picocli's help. */
  ResourceBundle bundle() {
    return bundle;
  }

  /**
   * The message of a key, formatted with {@link String#format} in {@link Locale#ROOT}.
   *
   * @throws java.util.MissingResourceException if the bundle has no such key
   */
  String get(String key, Object... args) {
    return String.format(Locale.ROOT, bundle.getString(key), args);
  }

  /** One error line: the prefix ({@code error:}) and the text on one line with its controls escaped. */
  String error(String text) {
    return get("msg.error", DtiCommand.line(text));
  }

  /** One warning line: the prefix ({@code warning:}) and the text on one line with its controls escaped. */
  String warning(String text) {
    return get("msg.warning", DtiCommand.line(text));
  }

  /**
   * The language of the help and messages of a command line: the last {@code --lang} before {@code --}, else the
   * locale of the environment.
   *
   * @throws IllegalArgumentException if {@code --lang} names neither vi nor en
   */
  static Language forArguments(String[] args, Map<String, String> env) {
    String asked = null;
    for (int i = 0; i < args.length && !"--".equals(args[i]); i++) {
      if (args[i].equals("--lang") && i + 1 < args.length) {
        asked = args[++i];
      } else if (args[i].startsWith("--lang=")) {
        asked = args[i].substring("--lang=".length());
      }
    }
    if (asked == null) {
      return fromLocale(env);
    }
    try {
      return Language.of(asked);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(of(fromLocale(env)).get("msg.badLang", asked), e);
    }
  }

  /** Vietnamese when the first of LC_ALL, LC_MESSAGES and LANG that is set starts with {@code vi}. */
  static Language fromLocale(Map<String, String> env) {
    for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
      String v = env.get(name);
      if (v != null && !v.isEmpty()) {
        return v.toLowerCase(Locale.ROOT).startsWith("vi") ? Language.VI : Language.EN;
      }
    }
    return Language.EN;
  }
}
