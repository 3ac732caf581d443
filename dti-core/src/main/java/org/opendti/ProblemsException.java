package org.opendti;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Several independent problems found in one pass, so a user can fix a whole file or dataset at once. Each problem is
 * itself a {@link DtiException} with its own location; the message lists them one per line.
 */
public final class ProblemsException extends DtiException {
  private static final long serialVersionUID = 1L;
  private final transient List<DtiException> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems, at least one, not null
   */
  public ProblemsException(List<? extends DtiException> problems) {
    super(problems.size() + " problems:\n" + problems.stream().map(Throwable::getMessage)
        .collect(Collectors.joining("\n")));
    this.problems = ImmutableList.copyOf(problems);
  }

  /**
   * The problems, in the order they were found.
   *
   * @return the problems, not null
   */
  public List<DtiException> problems() {
    return problems;
  }

  /**
   * Throws nothing for no problems, the problem itself for one, and a {@code ProblemsException} for several.
   *
   * @param problems the problems found, not null
   */
  public static void throwIfAny(List<? extends DtiException> problems) {
    if (problems.size() == 1) {
      throw problems.get(0);
    }
    if (!problems.isEmpty()) {
      throw new ProblemsException(problems);
    }
  }
}
