package org.opendti.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link TextIds} numbers cell texts exactly as {@link String#equals} on {@link TableReader#text(int)} would: checked
 * against a map of the texts on runs, cycles, random orders, quoted and guarded fields, names that differ only in case
 * or Unicode form, and strings with equal hash codes.
 */
final class TextIdsTest {
  private static TableReader csv(String text) throws IOException {
    return Tables.csv("t.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8, Optional.empty(), 10_000);
  }

  /** Numbers every cell of column 0 and checks each against a map from text to number. */
  private static List<String> numberAll(String csv) throws IOException {
    TextIds ids = new TextIds();
    Map<String, Integer> expected = new HashMap<>();
    List<String> order = new ArrayList<>();
    try (TableReader t = csv(csv)) {
      while (t.next()) {
        String text = t.text(0);
        int id = ids.id(t, 0);
        Integer known = expected.putIfAbsent(text, expected.size());
        if (known == null) {
          order.add(text);
        }
        assertThat(id).as("row %d, %s", t.row(), text).isEqualTo(known == null ? expected.size() - 1 : known);
        assertThat(ids.text(id)).isEqualTo(text);
      }
    }
    assertThat(ids.size()).isEqualTo(expected.size());
    return order;
  }

  @Test
  void runsCyclesAndRandomOrders_getTheNumbersOfAMap() throws IOException {
    StringBuilder sb = new StringBuilder("name,x\n");
    SplittableRandom r = new SplittableRandom(7);
    // runs (a unit's indicators), cycles (every unit per indicator), then random picks, some names new
    for (int u = 0; u < 300; u++) {
      for (int k = 0; k < 3; k++) {
        sb.append("U").append(u).append(",1\n");
      }
    }
    for (int cycle = 0; cycle < 4; cycle++) {
      for (int u = 0; u < 2_000; u++) {
        sb.append("U").append(u).append(",1\n");
      }
    }
    for (int i = 0; i < 20_000; i++) {
      sb.append("U").append(r.nextInt(5_000)).append(",1\n");
    }
    List<String> order = numberAll(sb.toString());
    assertThat(order.subList(0, 3)).containsExactly("U0", "U1", "U2");
    assertThat(order.size()).isGreaterThan(4_500);
  }

  @Test
  void caseAndUnicodeForm_giveDifferentNumbers_asStringEqualsDoes() throws IOException {
    String nfc = "Hà Nội";
    String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo(nfc);
    List<String> order = numberAll("name,x\n" + nfc + ",1\n" + nfd + ",1\nhà nội,1\n" + nfc + ",1\nHÀ NỘI,1\n" + nfd
        + ",1\n");
    assertThat(order).containsExactly(nfc, nfd, "hà nội", "HÀ NỘI");
  }

  @Test
  void quotedAndGuardedFields_areNumberedByTheirText() throws IOException {
    // "=x" quoted and '=x guarded are the same text; 'x keeps its apostrophe; "a""b" is a"b
    List<String> order = numberAll("name,x\n\"=x\",1\n'=x,1\n=x,1\n'x,1\nx,1\n\"a\"\"b\",1\na\"b,1\n\"x\",1\n"
        + "  x  ,1\n\"'=x\",1\n");
    assertThat(order).containsExactly("=x", "'x", "x", "a\"b");
  }

  @Test
  void equalHashCodes_areToldApart() throws IOException {
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    assertThat("AaAa".hashCode()).isEqualTo("BBBB".hashCode()).isEqualTo("AaBB".hashCode());
    List<String> order = numberAll("name,x\nAa,1\nBB,1\nAaAa,1\nBBBB,1\nAaBB,1\nBBAa,1\nBB,1\nAa,1\nAaBB,1\n");
    assertThat(order).containsExactly("Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa");
  }

  @Test
  void aCellThatIsNotText_isRefused() throws IOException {
    try (TableReader t = csv("name,x\n,1\n")) {
      assertThat(t.next()).isTrue();
      assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> new TextIds().id(t, 0))
          .withMessageContaining("not a text cell");
    }
  }

  @Test
  void textHashAndTextEquals_agreeWithTheText_forEveryKindOfField() throws IOException {
    try (TableReader t = csv("a,b,c,d,e\n\"q\"\"uo\"\"te\",'=g,'k,  sp  ,Hà\n")) {
      assertThat(t.next()).isTrue();
      for (int c = 0; c < 5; c++) {
        String text = t.text(c);
        assertThat(t.textHash(c)).isEqualTo(text.hashCode());
        char[] chars = ("<" + text + ">").toCharArray();
        assertThat(t.textEquals(c, chars, 1, chars.length - 1)).isTrue();
        assertThat(t.textEquals(c, chars, 0, chars.length - 1)).isFalse();
        assertThat(t.textIs(c, text)).isTrue();
      }
    }
  }
}
