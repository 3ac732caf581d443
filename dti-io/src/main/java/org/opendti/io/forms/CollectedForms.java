package org.opendti.io.forms;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.opendti.Dataset;
import org.opendti.DtiException;
import org.opendti.ProblemsException;
import org.opendti.Unit;
import org.opendti.io.DataFormatException;

/**
 * What {@link Forms#collect} read: the dataset of the good forms, which file each unit's form came from, and every
 * problem of every form, located (file, sheet, row, column, the value and what was expected). Nothing is skipped
 * silently: a form with any problem gives no observation and is listed in {@link #rejected()}; files of a directory
 * that are not forms are listed in {@link #ignored()}; units without any form in {@link #missing()}.
 *
 * <p>Strict use: {@link #orThrow()} gives the dataset only when no form has a problem. Partial use:
 * {@link #dataset()} holds the good forms, {@link #rejected()} the others with their problems.
 *
 * <p>Maps and lists keep the order of the unit list (units) or of reading (files). This class is immutable and
 * thread-safe.
 */
public final class CollectedForms {
  private final Dataset dataset;
  private final ImmutableMap<String, Path> forms;
  private final ImmutableMap<Path, List<DataFormatException>> rejected;
  private final ImmutableList<Path> ignored;
  private final ImmutableList<Unit> missing;

  CollectedForms(Dataset dataset, Map<String, Path> forms, Map<Path, List<DataFormatException>> rejected,
      List<Path> ignored, List<Unit> missing) {
    this.dataset = dataset;
    this.forms = ImmutableMap.copyOf(forms);
    ImmutableMap.Builder<Path, List<DataFormatException>> b = ImmutableMap.builder();
    rejected.forEach((k, v) -> b.put(k, ImmutableList.copyOf(v)));
    this.rejected = b.buildOrThrow();
    this.ignored = ImmutableList.copyOf(ignored);
    this.missing = ImmutableList.copyOf(missing);
  }

  /**
   * The observations of the good forms, one per filled input row: the unit, the component, the form's period, the
   * measure (a value, a numerator and denominator, or the category as the rule spells it), the evidence and the note
   * ({@link org.opendti.Observation#note()}). Its units
   * are those of the good forms, in the order of the unit list, with their attributes from that list.
   *
   * @return the dataset, not null
   */
  public Dataset dataset() {
    return dataset;
  }

  /**
   * The good forms: by unit code, the file it was read from.
   *
   * @return the files, in the order of the unit list, not null
   */
  public Map<String, Path> forms() {
    return forms;
  }

  /**
   * The forms with problems, each with all its problems; none of their values is in the {@link #dataset()}.
   *
   * @return the problems by file, in reading order, not null
   */
  public Map<Path, List<DataFormatException>> rejected() {
    return rejected;
  }

  /**
   * Every problem of every form, in reading order.
   *
   * @return the problems, not null
   */
  public List<DataFormatException> problems() {
    return rejected.values().stream().flatMap(List::stream).collect(ImmutableList.toImmutableList());
  }

  /**
   * Whether any form had a problem.
   *
   * @return true if {@link #rejected()} is not empty
   */
  public boolean hasProblems() {
    return !rejected.isEmpty();
  }

  /**
   * Files of a collected directory that were not read, being no forms: Excel's lock files ({@code ~$name.xlsx},
   * present while a form is open), hidden files ({@code .name}), folders and files of other kinds.
   *
   * @return the files, in name order, not null
   */
  public List<Path> ignored() {
    return ignored;
  }

  /**
   * The units of the unit list for which no form was read (neither a good one nor one with problems).
   *
   * @return the units, in list order, not null
   */
  public List<Unit> missing() {
    return missing;
  }

  /**
   * The dataset, if no form had a problem: the strict way to collect.
   *
   * @return the dataset, not null
   * @throws DtiException the one problem, or a {@link ProblemsException} listing them all, if any form had one
   */
  public Dataset orThrow() {
    ProblemsException.throwIfAny(problems());
    return dataset;
  }

  @Override
  public String toString() {
    return "CollectedForms{" + forms.size() + " forms, " + dataset.size() + " observations, " + rejected.size()
        + " rejected, " + ignored.size() + " ignored, " + missing.size() + " missing}";
  }
}
