package org.opendti.io;

/**
 * Who a text file the SDK writes is for, which decides whether it starts with a UTF-8 byte-order mark
 * ({@code EF BB BF}). The choice is made in one place, {@link OutputFiles#writeText(java.nio.file.Path,
 * java.util.Collection, Audience, OutputFiles.Body)}; the writers of the SDK pass the audience of their layout.
 *
 * <p>Excel opens a CSV file without a byte-order mark in the system's code page (Windows-1252 on most machines,
 * Windows-1258 on Vietnamese ones), so "Hà Nội" shows as "HÃ  Ná»™i"; with the mark it reads UTF-8. Programs differ:
 * pandas' {@code read_csv} and R's {@code read.csv} without {@code fileEncoding = "UTF-8-BOM"} keep the mark as part
 * of the first column's name, and a mark in the middle of a stream (output appended to a file, a pipe joined to
 * another) is a stray character. Hence:
 *
 * <ul>
 *   <li>{@link #PEOPLE}: results, comparisons, statistics, uncertainty ranks and framework tables. A regular file
 *       (one {@link OutputFiles} writes atomically) starts with the mark; a device, a pipe or standard output
 *       ({@code /dev/stdout}, a FIFO, anything under {@code /dev} or {@code /proc}) never does, and neither does a
 *       stream or a string a writer is given.
 *   <li>{@link #PROGRAMS}: datasets (the long layout and COINr's iData), which other tools read as data; never a
 *       mark.
 * </ul>
 *
 * <p>Every reader of the SDK reads a file with or without the mark alike.
 */
public enum Audience {
  /** Opened by people, in a spreadsheet: a regular file starts with the UTF-8 byte-order mark. */
  PEOPLE,
  /** Read by programs: never a byte-order mark. */
  PROGRAMS
}
