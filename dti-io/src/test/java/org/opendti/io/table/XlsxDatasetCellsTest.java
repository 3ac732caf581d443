package org.opendti.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opendti.io.table.TestWorkbooks.is;
import static org.opendti.io.table.TestWorkbooks.n;
import static org.opendti.io.table.TestWorkbooks.row;
import static org.opendti.io.table.TestWorkbooks.workbook;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opendti.Dataset;
import org.opendti.DtiException;
import org.opendti.ProblemsException;
import org.opendti.io.DataFormatException;
import org.opendti.io.csv.CsvOptions;
import org.opendti.io.xlsx.XlsxDatasetReader;

/**
 * Workbook cells that are not plain numbers, through the dataset layouts: each is a located error or read as Excel
 * shows it, never a silent 0 or missing value.
 */
class XlsxDatasetCellsTest {
  private static final String LONG_HEADER = row(1, is("A1", "unit") + is("B1", "indicator") + is("C1", "value"));
  private static final String WIDE_HEADER = row(1, is("A1", "unit") + is("B1", "awareness") + is("C1", "institutions"));

  private static Dataset read(byte[] bytes) {
    return XlsxDatasetReader.of(CsvOptions.defaults()).read("d.xlsx", bytes, Optional.empty());
  }

  private static String cell(String ref, String type, String inner) {
    return "<c r=\"" + ref + "\"" + (type.isEmpty() ? "" : " t=\"" + type + "\"") + ">" + inner + "</c>";
  }

  private static byte[] longSheet(String valueCell) {
    return workbook().sheet("Data", LONG_HEADER + row(2, is("A2", "Hà Nội") + is("B2", "awareness") + valueCell))
        .bytes();
  }

  private static String message(Throwable t) {
    return t instanceof ProblemsException p ? p.problems().toString() : t.getMessage();
  }

  @Test
  void aFormulaWithoutSavedValueIsAnErrorNeverZeroOrMissing() {
    assertThatThrownBy(() -> read(longSheet(cell("C2", "", "<f>SUM(D2:D9)</f>"))))
        .isInstanceOf(DtiException.class)
        .satisfies(e -> assertThat(message(e)).contains("d.xlsx [Data] row 2, column 'value'",
            "formula without a saved value", "SUM(D2:D9)"));
  }

  @Test
  void aFormulaWithItsSavedValueIsReadAsExcelShowsIt() {
    Dataset d = read(longSheet(cell("C2", "", "<f>D2/2</f><v>0.25</v>")));
    assertThat(d.values("", "awareness")).containsExactly(0.25);
  }

  @Test
  void booleansAndErrorValuesAreErrorsAtTheirCell() {
    assertThatThrownBy(() -> read(longSheet(cell("C2", "b", "<v>1</v>")))).isInstanceOf(DataFormatException.class)
        .hasMessageContaining("d.xlsx [Data] row 2, column 'value'").hasMessageContaining("boolean");
    assertThatThrownBy(() -> read(longSheet(cell("C2", "e", "<v>#DIV/0!</v>"))))
        .isInstanceOf(DataFormatException.class).hasMessageContaining("d.xlsx [Data] row 2, column 'value'")
        .hasMessageContaining("#DIV/0!").hasMessageContaining("error value");
  }

  @Test
  void wideLayoutChecksEveryCellType() {
    byte[] wb = workbook().sheet("Data", WIDE_HEADER
        + row(2, is("A2", "Hà Nội") + n("B2", "0.5") + cell("C2", "b", "<v>0</v>"))
        + row(3, is("A3", "Huế") + cell("B3", "", "<f>1/0</f><v>#DIV/0!</v>").replace("<c ", "<c t=\"e\" ")
            + n("C3", "0.25"))).bytes();
    assertThatThrownBy(() -> read(wb)).isInstanceOf(ProblemsException.class).satisfies(e -> assertThat(message(e))
        .contains("d.xlsx [Data] row 2, column 'institutions'", "boolean", "d.xlsx [Data] row 3, column 'awareness'",
            "#DIV/0!"));
  }

  @Test
  void aBrokenSharedStringIsAnErrorNotAnEmptyCell() {
    byte[] wb = workbook().shared("awareness").sheet("Data", LONG_HEADER
        + row(2, cell("A2", "s", "<v>7</v>") + cell("B2", "s", "<v>0</v>") + n("C2", "0.5"))).bytes();
    assertThatThrownBy(() -> read(wb)).isInstanceOf(DtiException.class)
        .satisfies(e -> assertThat(message(e)).contains("d.xlsx [Data] row 2", "A2"));
  }

  @Test
  void aHiddenFirstSheetIsPassedOver() {
    byte[] wb = workbook()
        .sheet("Old", "hidden", LONG_HEADER + row(2, is("A2", "Hà Nội") + is("B2", "awareness") + n("C2", "0.9")))
        .sheet("Data", LONG_HEADER + row(2, is("A2", "Hà Nội") + is("B2", "awareness") + n("C2", "0.5"))).bytes();
    assertThat(read(wb).values("", "awareness")).containsExactly(0.5);
    Dataset hidden = XlsxDatasetReader.of(CsvOptions.defaults()).read("d.xlsx", wb, Optional.of("Old"));
    assertThat(hidden.values("", "awareness")).containsExactly(0.9);
  }
}
