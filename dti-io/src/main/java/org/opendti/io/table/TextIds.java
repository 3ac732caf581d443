package org.opendti.io.table;

import java.util.Arrays;
import java.util.Objects;

/**
 * Numbers the distinct texts met in text cells, 0, 1, 2, … in the order first met, so that a layout reader resolves a
 * name (a unit, an indicator, a period) once and recognises it in every later row by its number: a CSV table hashes
 * and compares the cell's characters in its own buffer, so a text already met costs no string, no Unicode
 * normalisation and no case folding.
 *
 * <p>Texts are told apart exactly as {@link String#equals(Object)} does on {@link TableReader#text(int)}: "Hà Nội" in
 * NFC and in NFD, or "ha noi" and "Ha Noi", get different numbers, and the reader decides, once per number, what each
 * spelling means.
 *
 * <pre>{@code
 * TextIds units = new TextIds();
 * while (t.next()) {
 *   if (t.type(unit) == CellType.TEXT) {
 *     int id = units.id(t, unit);   // a text not met before gets units.size() - 1
 *     String name = units.text(id);
 *   }
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one instance per reading thread.
 */
public final class TextIds {
  /** Open addressing: id + 1 per slot, 0 for an empty slot; the length is a power of two, at most half full. */
  private int[] slots = new int[64];
  private int size;
  private String[] texts = new String[32];
  private int[] hashes = new int[32];
  /** The characters of every text, one after another, compared with a cell's without touching the strings. */
  private char[] pool = new char[512];
  private int poolSize;
  /** Where text {@code id} starts in the pool; the next text's start is where it ends. */
  private int[] starts = new int[33];

  /**
   * The number given last, and per number the one given right after it the last time: the next cell is tried on that
   * one first. Rows come in runs and cycles (a unit's indicators, then the next unit's; or every unit for one
   * indicator, then the next indicator), so the guess is usually right and costs one comparison instead of a hash.
   */
  private int last = -1;
  private int[] next = new int[32];

  /** An empty numbering. */
  public TextIds() {}

  /**
   * The number of a text cell's text, giving the next number ({@link #size()}) to a text not met before.
   *
   * @param table the table, on the row to read, not null
   * @param column the 0-based column of a {@link CellType#TEXT} cell
   * @return the number, 0 ≤ id &lt; {@link #size()}
   * @throws IllegalArgumentException if the cell is not a text cell
   */
  public int id(TableReader table, int column) {
    if (table.type(column) != CellType.TEXT) {
      throw new IllegalArgumentException("column " + (column + 1) + " of row " + table.row() + " is not a text cell: "
          + table.type(column));
    }
    int guess = last < 0 ? -1 : next[last];
    int id = guess >= 0 && table.textEquals(column, pool, starts[guess], starts[guess + 1]) ? guess
        : find(table, column);
    if (last >= 0) {
      next[last] = id;
    }
    last = id;
    return id;
  }

  private int find(TableReader table, int column) {
    int hash = table.textHash(column);
    int mask = slots.length - 1;
    int slot = spread(hash) & mask;
    while (true) {
      int entry = slots[slot];
      if (entry == 0) {
        break;
      }
      int id = entry - 1;
      if (hashes[id] == hash && table.textEquals(column, pool, starts[id], starts[id + 1])) {
        return id;
      }
      slot = (slot + 1) & mask;
    }
    return add(table.text(column), hash, slot);
  }

  /**
   * The text with a number.
   *
   * @param id a number given by {@link #id(TableReader, int)}
   * @return the text, as {@link TableReader#text(int)} gave it, not null
   * @throws IndexOutOfBoundsException if no text has this number
   */
  public String text(int id) {
    Objects.checkIndex(id, size);
    return texts[id];
  }

  /**
   * The number of distinct texts met so far: the next number to be given.
   *
   * @return the count, ≥ 0
   */
  public int size() {
    return size;
  }

  private int add(String text, int hash, int slot) {
    if (size == texts.length) {
      texts = Arrays.copyOf(texts, size * 2);
      hashes = Arrays.copyOf(hashes, size * 2);
      starts = Arrays.copyOf(starts, size * 2 + 1);
      next = Arrays.copyOf(next, size * 2);
    }
    int n = text.length();
    if (poolSize + n > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(poolSize + n, pool.length * 2));
    }
    text.getChars(0, n, pool, poolSize);
    poolSize += n;
    int id = size++;
    texts[id] = text;
    hashes[id] = hash;
    next[id] = -1;
    starts[id + 1] = poolSize;
    slots[slot] = id + 1;
    if (size * 2 > slots.length) {
      rehash();
    }
    return id;
  }

  private void rehash() {
    int[] bigger = new int[slots.length * 2];
    int mask = bigger.length - 1;
    for (int id = 0; id < size; id++) {
      int slot = spread(hashes[id]) & mask;
      while (bigger[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      bigger[slot] = id + 1;
    }
    slots = bigger;
  }

  /** Mixes the high bits into the low ones: names such as U1 … U9999 differ mostly in their last characters. */
  private static int spread(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
