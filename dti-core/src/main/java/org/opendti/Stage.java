package org.opendti;

import java.util.Optional;

/**
 * The stage of an assessment an observation belongs to. A unit first assesses itself ("tự đánh giá") with evidence;
 * an appraisal council ("hội đồng thẩm định") then checks the evidence and sets the appraised values, which are the
 * ones published. Sub-provincial DTI rounds run this way (issue 17 of this project; seed 003 reports such a round).
 */
public enum Stage {
  /** The unit's self-assessment ("tự đánh giá"): {@code self}. */
  SELF("self", "tự đánh giá"),
  /** The appraisal council's values ("thẩm định"): {@code appraised}. */
  APPRAISED("appraised", "thẩm định");

  private final String id;
  private final String nameVi;

  Stage(String id, String nameVi) {
    this.id = id;
    this.nameVi = nameVi;
  }

  /**
   * The identifier files and the command line use.
   *
   * @return {@code self} or {@code appraised}
   */
  public String id() {
    return id;
  }

  /**
   * The Vietnamese name.
   *
   * @return {@code tự đánh giá} or {@code thẩm định}
   */
  public String nameVi() {
    return nameVi;
  }

  /**
   * The stage a word names: its id or its Vietnamese name, ignoring case and Unicode normal form.
   *
   * @param text the word, not null
   * @return the stage, if the word names one
   */
  public static Optional<Stage> find(String text) {
    String k = Unit.key(text);
    for (Stage s : values()) {
      if (k.equals(s.id) || k.equals(Unit.key(s.nameVi))) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
