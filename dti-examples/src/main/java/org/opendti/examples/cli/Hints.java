package org.opendti.examples.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The commands the main job suggests, written so that they run where the user stands: the program as the user
 * started it and a sample file that exists on disk.
 *
 * <p>The program is the launcher as it was invoked (the launchers {@code dti} and {@code dti.cmd} pass it in the
 * system property {@value #PROGRAM_PROPERTY}), else {@code java -jar} and the jar's path (relative to the working
 * directory when the jar lies under it), else {@code dti}. The sample is {@code samples/pdti-2022-sample-63.csv} two
 * folders above the jar, where both layouts keep it: {@code lib/dti.jar} and {@code samples/} in the distribution,
 * {@code dti-examples/target/dti.jar} and {@code dti-examples/samples/} in the repository. When it is not there the
 * hint names a placeholder and says how to take the sample out of the jar. Paths that a shell would split are quoted,
 * for cmd.exe on Windows and for a POSIX shell elsewhere.
 */
final class Hints {
  /** The system property in which the launchers pass the path by which the user invoked them. */
  static final String PROGRAM_PROPERTY = "dti.program";
  private static final String SAMPLE_FILE = Path.of(Inputs.SAMPLE).getFileName().toString();
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:\\\\=+,@-]+");

  private final String program;
  private final Optional<String> sample;
  private final Optional<String> jar;

  private Hints(String program, Optional<String> sample, Optional<String> jar) {
    this.program = program;
    this.sample = sample;
    this.jar = jar;
  }

  /** The hints for this process: its launcher property, the jar or folder its classes come from, its directory. */
  static Hints current() {
    return of(System.getProperty(PROGRAM_PROPERTY), codeSource(), Path.of("").toAbsolutePath(),
        System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows"));
  }

  /**
   * The hints for the given circumstances.
   *
   * @param launcher the path by which a launcher was invoked, or null (or empty) when no launcher passed one
   * @param classes the jar or class folder this program's classes come from, or null when unknown
   * @param workingDirectory the absolute working directory
   * @param windows whether to quote for cmd.exe rather than for a POSIX shell
   */
  static Hints of(String launcher, Path classes, Path workingDirectory, boolean windows) {
    Path here = workingDirectory.toAbsolutePath().normalize();
    Path source = classes == null ? null : classes.toAbsolutePath().normalize();
    boolean fromJar = source != null && Files.isRegularFile(source);
    Optional<String> jar = fromJar ? Optional.of(quote(shown(source, here), windows)) : Optional.empty();
    String program;
    if (launcher != null && !launcher.isBlank()) {
      program = quote(launcher, windows);
    } else if (jar.isPresent()) {
      program = "java -jar " + jar.get();
    } else {
      program = "dti";
    }
    Optional<String> sample = Optional.empty();
    if (source != null && source.getParent() != null && source.getParent().getParent() != null) {
      Path file = source.getParent().getParent().resolve("samples").resolve(SAMPLE_FILE);
      if (Files.isRegularFile(file)) {
        sample = Optional.of(quote(shown(file, here), windows));
      }
    }
    return new Hints(program, sample, jar);
  }

  /**
   * The command that scores the sample (or, without one on disk, a file to name) into a CSV file.
   *
   * @return the command line, not null
   */
  String score() {
    String command = program + " score --framework pdti-2022 --data " + sample.orElse("FILE.csv")
        + " --out results.csv";
    if (sample.isEmpty() && jar.isPresent()) {
      command += " (a sample to try: jar xf " + jar.get() + " " + Inputs.SAMPLE + ", then --data " + Inputs.SAMPLE
          + ")";
    }
    return command;
  }

  /**
   * The command that writes the HTML report on the sample (or on a file to name).
   *
   * @return the command line, not null
   */
  String report() {
    return program + " report --framework pdti-2022 --data " + sample.orElse("FILE.csv") + " --out report.html";
  }

  /** The program part of the commands, e.g. {@code dti-examples/dti} or {@code java -jar lib/dti.jar}. */
  String program() {
    return program;
  }

  /** A path relative to the working directory when it lies under it, else absolute. */
  private static String shown(Path path, Path here) {
    return path.startsWith(here) && !path.equals(here) ? here.relativize(path).toString() : path.toString();
  }

  /** The text as one word of a command line: as it is when nothing in it is special to a shell, else quoted. */
  static String quote(String word, boolean windows) {
    if (PLAIN.matcher(word).matches()) {
      return word;
    }
    return windows ? "\"" + word + "\"" : "'" + word.replace("'", "'\\''") + "'";
  }

  private static Path codeSource() {
    CodeSource source = Hints.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return null;
    }
    try {
      return Path.of(source.getLocation().toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null; // not a file (a jar loaded from elsewhere): the hints then name dti and a placeholder
    }
  }
}
