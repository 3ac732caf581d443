package org.opendti.io.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.opendti.Dataset;
import org.opendti.Measure;
import org.opendti.Numbers;
import org.opendti.Observation;
import org.opendti.Unit;
import org.opendti.io.AtomicFiles;

/**
 * Writes datasets as CSV, in the long form {@link CsvDatasetReader} reads (every observation with its period, ratio
 * parts, category, source and evidence) or the wide form {@link WideCsvDatasetReader} reads ({@code unit, uName,
 * period, group}, then one column per indicator; plain values only). Numbers are written exactly (the shortest text
 * that reads back as the same double), '.' as the separator. Text that a spreadsheet would run as a formula can be
 * neutralised with a leading apostrophe.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CsvDatasetWriter {
  private final boolean neutraliseFormulas;

  private CsvDatasetWriter(boolean neutraliseFormulas) {
    this.neutraliseFormulas = neutraliseFormulas;
  }

  /**
   * A writer.
   *
   * @param neutraliseFormulas whether text cells starting with '=', '+', '-' or '@' get a leading apostrophe (for
   *     spreadsheets; such files no longer read back identically)
   * @return the writer, not null
   */
  public static CsvDatasetWriter of(boolean neutraliseFormulas) {
    return new CsvDatasetWriter(neutraliseFormulas);
  }

  /**
   * The long form as text.
   *
   * @param d the dataset, not null
   * @return the text, not null
   */
  public String toLongCsv(Dataset d) {
    StringBuilder sb = new StringBuilder(String.join(",", CsvDatasetReader.COLUMNS)).append('\n');
    for (Observation o : d.observations()) {
      Measure m = o.measure();
      sb.append(cell(o.unit())).append(',').append(cell(o.indicator())).append(',')
          .append(m.value().isPresent() ? Numbers.plain(m.value().getAsDouble()) : "").append(',')
          .append(cell(o.period())).append(',')
          .append(m.numerator().isPresent() ? Numbers.plain(m.numerator().getAsDouble()) : "").append(',')
          .append(m.denominator().isPresent() ? Numbers.plain(m.denominator().getAsDouble()) : "").append(',')
          .append(cell(m.category().orElse(""))).append(',')
          .append(o.provenance().map(p -> p.name().toLowerCase(Locale.ROOT)).orElse("")).append(',')
          .append(cell(o.evidence().orElse(""))).append('\n');
    }
    return sb.toString();
  }

  /**
   * The wide form as text: one row per unit and period.
   *
   * @param d the dataset, not null
   * @return the text, not null
   * @throws IllegalArgumentException if an observation is a ratio or a category (write the long form instead)
   */
  public String toWideCsv(Dataset d) {
    List<String> indicators = new ArrayList<>();
    for (String p : d.periods()) {
      for (String i : d.indicators(p)) {
        if (!indicators.contains(i)) {
          indicators.add(i);
        }
      }
    }
    boolean periods = !(d.periods().size() == 1 && d.periods().get(0).isEmpty());
    boolean groups = d.units().stream().anyMatch(u -> u.group().isPresent());
    StringBuilder sb = new StringBuilder("unit,uName");
    if (periods) {
      sb.append(",period");
    }
    if (groups) {
      sb.append(",group");
    }
    indicators.forEach(i -> sb.append(',').append(cell(i)));
    sb.append('\n');
    for (String p : d.periods()) {
      for (Unit u : d.units()) {
        boolean any = indicators.stream().anyMatch(i -> d.observation(u.code(), i, p).isPresent());
        if (!any) {
          continue;
        }
        sb.append(cell(u.code())).append(',').append(cell(u.name()));
        if (periods) {
          sb.append(',').append(cell(p));
        }
        if (groups) {
          sb.append(',').append(cell(u.group().orElse("")));
        }
        for (String i : indicators) {
          sb.append(',');
          var o = d.observation(u.code(), i, p);
          if (o.isPresent()) {
            Measure m = o.get().measure();
            if (m.value().isEmpty()) {
              throw new IllegalArgumentException("unit '" + u.code() + "', indicator '" + i + "': the wide form"
                  + " holds plain values only, not " + m + "; write the long form");
            }
            sb.append(Numbers.plain(m.value().getAsDouble()));
          }
        }
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  /**
   * Writes the long form to a file atomically (UTF-8).
   *
   * @param d the dataset, not null
   * @param file the target, not null
   * @throws IOException if the file cannot be written
   */
  public void writeLong(Dataset d, Path file) throws IOException {
    AtomicFiles.write(file, toLongCsv(d).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Writes the wide form to a file atomically (UTF-8).
   *
   * @param d the dataset, not null
   * @param file the target, not null
   * @throws IOException if the file cannot be written
   */
  public void writeWide(Dataset d, Path file) throws IOException {
    AtomicFiles.write(file, toWideCsv(d).getBytes(StandardCharsets.UTF_8));
  }

  String cell(String text) {
    String t = text;
    if (neutraliseFormulas && !t.isEmpty() && "=+-@".indexOf(t.charAt(0)) >= 0) {
      t = "'" + t;
    }
    if (t.contains(",") || t.contains("\"") || t.contains("\n") || t.contains("\r") || t.contains(";")) {
      return '"' + t.replace("\"", "\"\"") + '"';
    }
    return t;
  }
}
