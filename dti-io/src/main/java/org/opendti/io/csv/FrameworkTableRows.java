package org.opendti.io.csv;

import com.google.common.collect.ImmutableList;
import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.opendti.Direction;
import org.opendti.Framework;
import org.opendti.Node;
import org.jspecify.annotations.Nullable;
import org.opendti.io.table.CellType;

/**
 * The rows of a framework table, in the layout of {@link FrameworkTableReader#HEADERS}, each cell typed: text, a
 * number or empty. They are made once for every format: {@link FrameworkTableWriter} prints them as CSV and
 * {@code XlsxWriter.framework} as a sheet, so both files hold the same table, and a maximum is a number in both (or
 * the text {@code "?"} when it is not published).
 *
 * <p>Rows follow the DAG from the index, which comes first as the row "Tổng cộng": main indicators are numbered 1, 2,
 * …, their components 1.1, 1.2, …, and so on down. A node that feeds several parents is written once, under its first
 * parent, and its column "Thuộc" lists all its parents. Nodes outside the index's tree (the pillars of Decision 922,
 * computed from main indicators that also feed the index directly) are numbered I, II, III. Numbers have at most
 * {@value #NUMBERED_LEVELS} parts: a node deeper than that is numbered among the descendants of its ancestor at level
 * {@value #NUMBERED_LEVELS} − 1 (in table order) and names its parent in "Thuộc", so a framework of any depth gives
 * a table whose numbers stay short.
 *
 * <pre>{@code
 * for (FrameworkTableRows.Row row : FrameworkTableRows.of(framework)) {
 *   FrameworkTableRows.Cell max = row.cells().get(2);   // a number, "?" or empty
 * }
 * }</pre>
 *
 * <p>Rows are made one at a time as an iterator advances: a depth-first walk with an explicit stack, in time linear in
 * nodes plus edges and at any depth. This class is immutable and thread-safe; each iterator is for one thread.
 */
public final class FrameworkTableRows implements Iterable<FrameworkTableRows.Row> {
  /** The most parts a row number has, e.g. 10 for {@code 1.1.1.1.1.1.1.1.1.1}. */
  public static final int NUMBERED_LEVELS = 10;

  private final Framework framework;

  private FrameworkTableRows(Framework framework) {
    this.framework = framework;
  }

  /**
   * The rows of a framework's table.
   *
   * @param framework the framework, not null
   * @return the rows, made as they are iterated, not null
   */
  public static FrameworkTableRows of(Framework framework) {
    return new FrameworkTableRows(Objects.requireNonNull(framework, "framework"));
  }

  /**
   * Iterates the rows in table order, the index first.
   *
   * @return a new iterator, not null
   */
  @Override
  public Iterator<Row> iterator() {
    return new Walk(framework);
  }

  /**
   * One row of the table: one cell per column of {@link FrameworkTableReader#HEADERS}.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param cells the cells, in header order, not null
   */
  public record Row(List<Cell> cells) {
    /**
     * Checks and copies the cells.
     *
     * @param cells the cells, one per header, not null
     * @throws IllegalArgumentException if there is not one cell per header
     */
    public Row {
      cells = ImmutableList.copyOf(cells);
      if (cells.size() != FrameworkTableReader.HEADERS.size()) {
        throw new IllegalArgumentException("a row has " + FrameworkTableReader.HEADERS.size() + " cells, got "
            + cells.size());
      }
    }
  }

  /**
   * One cell: {@link CellType#TEXT} with its text, {@link CellType#NUMBER} with its value, or {@link CellType#EMPTY}.
   * Text is always written as text (a spreadsheet never runs it as a formula), numbers as numbers.
   *
   * <p>This class is immutable and thread-safe.
   *
   * @param type the type: TEXT, NUMBER or EMPTY, not null
   * @param text the text, non-empty for TEXT and empty otherwise, not null
   * @param number the value, finite for NUMBER and NaN otherwise
   */
  public record Cell(CellType type, String text, double number) {
    private static final Cell EMPTY = new Cell(CellType.EMPTY, "", Double.NaN);

    /**
     * Checks that the parts agree with the type.
     *
     * @param type the type
     * @param text the text
     * @param number the value
     * @throws IllegalArgumentException if they do not agree, or for another type
     */
    public Cell {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(text, "text");
      boolean ok = switch (type) {
        case TEXT -> !text.isEmpty() && Double.isNaN(number);
        case NUMBER -> text.isEmpty() && Double.isFinite(number);
        case EMPTY -> text.isEmpty() && Double.isNaN(number);
        default -> false;
      };
      if (!ok) {
        throw new IllegalArgumentException("not a valid " + type + " cell: '" + text + "', " + number);
      }
    }

    /**
     * A text cell, or the empty cell for empty text.
     *
     * @param text the text, not null
     * @return the cell, not null
     */
    public static Cell text(String text) {
      return text.isEmpty() ? EMPTY : new Cell(CellType.TEXT, text, Double.NaN);
    }

    /**
     * A number cell.
     *
     * @param number the value, finite
     * @return the cell, not null
     * @throws IllegalArgumentException if the value is not finite
     */
    public static Cell number(double number) {
      return new Cell(CellType.NUMBER, "", number);
    }

    /**
     * The empty cell.
     *
     * @return the cell, not null
     */
    public static Cell empty() {
      return EMPTY;
    }
  }

  /** A node on the walk's stack: its row number, its children and how far they have been walked. */
  private static final class Frame {
    final Node node;
    final String number;
    final int parts;
    final List<Node> children;
    /** The frame that numbers this node's children: itself, or at the deepest numbered level the one that numbered it. */
    final Frame numberer;
    int next;
    int numbered;

    Frame(Node node, String number, int parts, List<Node> children, @Nullable Frame numberer) {
      this.node = node;
      this.number = number;
      this.parts = parts;
      this.children = children;
      this.numberer = parts < NUMBERED_LEVELS || numberer == null ? this : numberer;
    }
  }

  /** The depth-first walk: the index's tree first, then each parentless node not yet written (a Roman number). */
  private static final class Walk implements Iterator<Row> {
    private final Framework framework;
    private final List<Node> nodes;
    private final Map<Node, Integer> position;
    private final boolean[] written;
    private final ArrayDeque<Frame> stack = new ArrayDeque<>();
    private int nextTop;
    private int roman;
    private boolean started;
    private @Nullable Row next;

    Walk(Framework framework) {
      this.framework = framework;
      this.nodes = framework.nodes();
      this.position = new IdentityHashMap<>(2 * nodes.size());
      for (int i = 0; i < nodes.size(); i++) {
        position.put(nodes.get(i), i);
      }
      this.written = new boolean[nodes.size()];
    }

    @Override
    public boolean hasNext() {
      if (next == null) {
        next = advance();
      }
      return next != null;
    }

    @Override
    public Row next() {
      Row row = hasNext() ? next : null;
      if (row == null) {
        throw new NoSuchElementException();
      }
      next = null;
      return row;
    }

    private int position(Node n) {
      // the framework hands out its own node instances; a lookup by code covers any other equal instance
      Integer i = position.get(n);
      return i != null ? i : position.get(framework.node(n.code()));
    }

    private Row open(Node n, String number, int parts, @Nullable Frame numberer, boolean listParents) {
      written[position(n)] = true;
      List<Node> children = framework.children(n.code());
      stack.push(new Frame(n, number, parts, children, numberer));
      return row(n, number, listParents, children.isEmpty());
    }

    private @Nullable Row advance() {
      if (!started) {
        started = true;
        return open(framework.root(), FrameworkTableReader.TOTAL, 0, null, false);
      }
      while (!stack.isEmpty()) {
        Frame top = stack.peek();
        if (top.next == top.children.size()) {
          stack.pop();
          continue;
        }
        Node child = top.children.get(top.next++);
        if (written[position(child)] || framework.node(child.parents().get(0)) != top.node) {
          continue; // written under its first parent
        }
        Frame numberer = top.numberer;
        int k = ++numberer.numbered;
        boolean root = numberer.parts == 0;
        String number = root ? String.valueOf(k) : numberer.number + "." + k;
        boolean listParents = !(child.parents().size() == 1 && child.parents().get(0).equals(numberer.node.code()));
        return open(child, number, numberer.parts + 1, numberer, listParents);
      }
      while (nextTop < nodes.size()) {
        Node n = nodes.get(nextTop++);
        if (n.parents().isEmpty() && !written[nextTop - 1]) {
          return open(n, FrameworkTableReader.roman(++roman), 1, null, false);
        }
      }
      return null;
    }

    private static Row row(Node n, String number, boolean listParents, boolean leaf) {
      Cell max = n.maxPoints().isPresent() ? Cell.number(n.maxPoints().getAsDouble())
          : leaf && n.weight().isEmpty() ? Cell.text(FrameworkTableReader.UNKNOWN) : Cell.empty();
      return new Row(List.of(
          Cell.text(number),
          Cell.text(n.nameVi()),
          max,
          Cell.text(n.description().orElse("")),
          Cell.text(n.evidence().orElse("")),
          Cell.text(n.dataSource().orElse("")),
          Cell.text(n.scoringRule().map(r -> r.spec()).orElse("")),
          Cell.text(n.code()),
          Cell.text(FrameworkTableReader.kindLabel(n.kind())),
          Cell.text(listParents ? String.join("; ", n.parents()) : ""),
          Cell.text(n.nameEn().equals(n.nameVi()) ? "" : n.nameEn()),
          n.weight().isPresent() ? Cell.number(n.weight().getAsDouble()) : Cell.empty(),
          n.target().isEmpty() ? Cell.empty() : Double.isFinite(n.target().getAsDouble())
              ? Cell.number(n.target().getAsDouble()) : Cell.text(String.valueOf(n.target().getAsDouble())),
          n.direction() == Direction.NEGATIVE ? Cell.number(-1) : Cell.empty(),
          Cell.text(String.join("; ", n.aliases())),
          Cell.text(String.join("; ", n.appliesTo()))));
    }
  }
}
