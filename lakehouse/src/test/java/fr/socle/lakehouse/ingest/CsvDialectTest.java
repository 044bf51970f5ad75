package fr.socle.lakehouse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvDialectTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', value = {
      "semicolon#a;b;c\\n1;2,5;3\\n4;5,5;6\\n#;",
      "comma#a,b,c\\n1,\"2,5\",3\\n#,",
      "tab#a\\tb\\n1\\t2\\n#\\t",
      "pipe#a|b\\n1|2\\n#|"})
  void separatorIsTheOneFoundOnEveryLine(String name, String sample, String expected) {
    String text = sample.replace("\\n", "\n").replace("\\t", "\t");

    assertThat(CsvDialect.detectDelimiter(text)).isEqualTo(expected.replace("\\t", "\t").charAt(0));
  }

  @Test
  void semicolonWinsOverDecimalCommas() {
    assertThat(CsvDialect.detectDelimiter("nom;montant\nA;1,5\nB;2,25\nC;3\n")).isEqualTo(';');
  }

  @Test
  void utf8IsStrictlyCheckedAndACutSequenceAtTheEndProvesNothing() {
    byte[] utf8 = "Élève".getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(utf8, 1);
    byte[] latin = "Élève".getBytes(java.nio.charset.Charset.forName("windows-1252"));

    assertThat(CsvDialect.isStrictUtf8(utf8, false)).isTrue();
    assertThat(CsvDialect.isStrictUtf8(cut, true)).isTrue();
    assertThat(CsvDialect.isStrictUtf8(latin, false)).isFalse();
  }
}
