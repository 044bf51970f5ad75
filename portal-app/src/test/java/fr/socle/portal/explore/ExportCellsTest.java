package fr.socle.portal.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.socle.lakehouse.odsql.FieldType;
import fr.socle.lakehouse.odsql.OutputColumn;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.util.LinkedMultiValueMap;

/** Cells of CSV exports: formula neutralisation, quoting, numbers untouched, dates with their offset. */
class ExportCellsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      =SUM(A1:A2)       | '=SUM(A1:A2)
      +33 1 23 45 67 89 | '+33 1 23 45 67 89
      -2                | '-2
      @cmd              | '@cmd
      Piscine           | Piscine
      a=b               | a=b
      """)
  void formulaLikeTextGetsAnApostrophe(String cell, String expected) {
    assertThat(CsvCells.neutralised(cell)).isEqualTo(expected);
  }

  @Test
  void tabsAndCarriageReturnsAtTheStartAreNeutralisedToo() {
    assertThat(CsvCells.neutralised("\tx")).isEqualTo("'\tx");
    assertThat(CsvCells.neutralised("\rx")).isEqualTo("'\rx");
    assertThat(CsvCells.neutralised("")).isEmpty();
  }

  @Test
  void csvRowsQuoteOnlyWhenNeededAndLeaveNumbersAlone() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportWriters.Csv csv = new ExportWriters.Csv(out, csv("with_bom=false"), ZoneOffset.UTC);
    List<OutputColumn> columns = List.of(new OutputColumn("t", FieldType.TEXT, null),
        new OutputColumn("n", FieldType.INT, null), new OutputColumn("d", FieldType.DOUBLE, null),
        new OutputColumn("j", FieldType.DATE, null), new OutputColumn("m", FieldType.DATETIME, null));
    csv.start(columns, List.of("t", "n", "d", "j", "m"));
    csv.row(new Object[] {"-1; \"a\"\nb", -5L, -2.5, LocalDate.of(2024, 1, 31), LocalDateTime.of(2024, 5, 3, 8, 0)});
    csv.row(Arrays.asList(null, null, null, null, null).toArray());
    csv.finish(false);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("t;n;d;j;m\r\n"
        + "\"'-1; \"\"a\"\"\nb\";-5;-2.5;2024-01-31;2024-05-03T08:00:00+00:00\r\n;;;;\r\n");
  }

  @Test
  void quoteAllQuotesTextAndHeadersButNotNumbers() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportWriters.Csv csv = new ExportWriters.Csv(out, csv("quote_all=true&delimiter=tab"), ZoneOffset.UTC);
    csv.start(List.of(new OutputColumn("t", FieldType.TEXT, null), new OutputColumn("n", FieldType.INT, null)),
        List.of("t", "n"));
    csv.row(new Object[] {"a \"b\"", 3L});
    csv.row(new Object[] {null, null});
    csv.finish(false);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFF\"t\"\t\"n\"\r\n\"a \"\"b\"\"\"\t3\r\n\t\r\n");
  }

  @Test
  void csvOptionsAreCheckedAsOpendatasoftNamesThem() {
    ExploreParams.CsvFormat defaults = csv("");
    assertThat(defaults).isEqualTo(new ExploreParams.CsvFormat(';', true, false, ",", true));
    assertThat(csv("delimiter=%5Ct&list_separator=%20%7C%20&with_bom=0&escape_formulas=false"))
        .isEqualTo(new ExploreParams.CsvFormat('\t', false, false, " | ", false));
    assertThat(csv("delimiter=%09").delimiter()).isEqualTo('\t');
    for (String bad : List.of("delimiter=%3B%3B", "delimiter=%22", "list_separator=%0A", "quote_all=peut-%C3%AAtre")) {
      assertThatThrownBy(() -> csv(bad)).as(bad).isInstanceOf(ExploreException.class)
          .hasMessageContaining(bad.substring(0, bad.indexOf('=')));
    }
  }

  /** The CSV options of a query string as a client sends it (percent-encoded). */
  private static ExploreParams.CsvFormat csv(String query) {
    LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
    for (String pair : query.split("&")) {
      if (!pair.isEmpty()) {
        String[] parts = pair.split("=", 2);
        params.add(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
      }
    }
    return new ExploreParams(params).csv();
  }

  @Test
  void dateTimesAreShownInTheZoneAskedFor() {
    assertThat(OdsValues.dateTime(LocalDateTime.of(2024, 7, 1, 10, 0), ZoneId.of("Europe/Paris")))
        .isEqualTo("2024-07-01T12:00:00+02:00");
  }

  @Test
  void catalogueCsvIsNeutralisedAsWell() throws Exception {
    StringWriter out = new StringWriter();
    new CsvCells(out, ';', true).row(List.of("=cmd|' /C calc'!A0", "ok"));
    assertThat(out.toString()).isEqualTo("'=cmd|' /C calc'!A0;ok\r\n");
  }
}
