package org.opendti.io.files;

import java.util.Objects;
import org.opendti.Dataset;
import org.opendti.StagedDataset;

/**
 * What a data file holds ({@link DtiFiles#readDataFile}): plain data, or an assessment round whose rows carry a
 * {@code stage} column (self-assessed and appraised values, {@link StagedDataset}). A program that scores any file a
 * user gives it reads it once and chooses what to score:
 *
 * <pre>{@code
 * Dataset d = switch (DtiFiles.readDataFile(name, in, options, SheetChoice.first())) {
 *   case DataFile.Plain p -> p.dataset();
 *   case DataFile.Round r -> r.round().forStage(Stage.APPRAISED);   // Java 21; use instanceof on Java 17
 * };
 * }</pre>
 *
 * <p>Both kinds are immutable and thread-safe.
 */
public sealed interface DataFile permits DataFile.Plain, DataFile.Round {
  /**
   * A file without stages.
   *
   * @param dataset the data, not null
   */
  record Plain(Dataset dataset) implements DataFile {
    /**
     * Checks the part.
     *
     * @param dataset the data, not null
     */
    public Plain {
      Objects.requireNonNull(dataset, "dataset");
    }
  }

  /**
   * A file of an assessment round: both stages.
   *
   * @param round the self-assessed and appraised observations, not null
   */
  record Round(StagedDataset round) implements DataFile {
    /**
     * Checks the part.
     *
     * @param round the round, not null
     */
    public Round {
      Objects.requireNonNull(round, "round");
    }
  }
}
