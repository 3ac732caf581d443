package org.opendti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageTest {
  private static final Framework ENGLISH = Framework.builder().id("x").version("1").nameVi("Index").nameEn("Index EN")
      .addNodes(Node.builder().code("idx").nameVi("Index").kind(NodeKind.INDEX).build(),
          Node.builder().code("a").nameVi("Alpha").nameEn("Alpha EN").kind(NodeKind.COMPONENT).addParent("idx")
              .weight(1).build())
      .build();

  @Test
  void forFramework_vietnameseWhenANameHasALetterOutsideAscii() {
    assertThat(Language.forFramework(Frameworks.pdti2022())).isEqualTo(Language.VI);
    assertThat(Language.forFramework(ENGLISH)).isEqualTo(Language.EN);
    Framework oneVietnameseNode = Framework.builder().id("x").version("1").nameVi("Index")
        .addNodes(Node.builder().code("idx").nameVi("Index").kind(NodeKind.INDEX).build(),
            Node.builder().code("a").nameVi("Chính quyền số").kind(NodeKind.COMPONENT).addParent("idx").weight(1)
                .build())
        .build();
    assertThat(Language.forFramework(oneVietnameseNode)).isEqualTo(Language.VI);
  }

  @Test
  void of_parsesTheTwoCodesAndNamesTheBadOne() {
    assertThat(Language.of(" VI ")).isEqualTo(Language.VI);
    assertThat(Language.of("en")).isEqualTo(Language.EN);
    for (Language l : Language.values()) {
      assertThat(Language.of(l.code())).isEqualTo(l);
    }
    assertThatThrownBy(() -> Language.of("fr")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'fr'").hasMessageContaining("vi or en");
    assertThatThrownBy(() -> Language.of("")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("''");
  }

  @Test
  void namesNumbersAndLocale() {
    Node a = ENGLISH.node("a");
    assertThat(Language.VI.name(a)).isEqualTo("Alpha");
    assertThat(Language.EN.name(a)).isEqualTo("Alpha EN");
    assertThat(Language.EN.name(ENGLISH)).isEqualTo("Index EN");
    assertThat(Language.VI.name(ENGLISH)).isEqualTo("Index");
    assertThat(Language.VI.number(0.80015, 4)).isEqualTo("0,8002");
    assertThat(Language.EN.number(0.80015, 4)).isEqualTo("0.8002");
    assertThat(Language.EN.number(Double.NaN, 4)).isEqualTo("–");
    assertThat(Language.VI.decimalSeparator("-1.5")).isEqualTo("-1,5");
    assertThat(Language.EN.decimalSeparator("-1.5")).isEqualTo("-1.5");
    assertThat(Language.VI.locale().getLanguage()).isEqualTo("vi");
    assertThat(Language.EN.locale()).isEqualTo(Locale.ENGLISH);
    assertThat(Language.VI.code()).isEqualTo("vi");
  }
}
