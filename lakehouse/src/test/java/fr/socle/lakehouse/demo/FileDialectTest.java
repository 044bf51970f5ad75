package fr.socle.lakehouse.demo;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The CSV files are written in the dialects their manifest declares, and those dialects vary as in real life. */
class FileDialectTest {

  static Stream<DemoDataset> csvDatasets() {
    return DemoFiles.ofFormat(FileFormat.CSV).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("csvDatasets")
  void csvReadsWithItsDeclaredDialectIntoTheManifestColumnsAndRowCount(DemoDataset dataset) {
    List<CsvRecord> records = DemoFiles.csv(dataset);

    assertThat(records.getFirst().getFields()).containsExactlyElementsOf(dataset.columns());
    assertThat(records).hasSize((int) dataset.rows() + 1);
    assertThat(records).allSatisfy(r -> assertThat(r.getFieldCount()).isEqualTo(dataset.columns().size()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("csvDatasets")
  void csvStartsWithABomExactlyWhenDeclaredAndUsesItsLineEnding(DemoDataset dataset) throws IOException {
    byte[] bytes = Files.readAllBytes(DemoFiles.file(dataset));
    boolean bom = bytes.length > 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF;
    String text = new String(bytes, dataset.csvDialect().charset());

    assertThat(bom).isEqualTo(dataset.csvDialect().byteOrderMark());
    String firstLine = text.substring(0, text.indexOf('\n') + 1);
    assertThat(firstLine).endsWith(dataset.csvDialect().lineEnding());
  }

  @Test
  void windows1252FileIsReallyWindows1252() throws IOException {
    DemoDataset subsidies = DemoFiles.dataset("subventions-2025-2026");
    byte[] bytes = Files.readAllBytes(DemoFiles.file(subsidies));

    assertThat(subsidies.csvDialect().charset().name()).isEqualTo("windows-1252");
    assertThat(indexOf(bytes, "Athl\u00e9tisme".getBytes(subsidies.csvDialect().charset()))).isPositive();
    assertThat(containsByte(bytes, 0xE9)).as("é as the single byte 0xE9").isTrue();
    assertThat(indexOf(bytes, new byte[] {(byte) 0xC3, (byte) 0xA9})).as("no UTF-8 é").isNegative();
    assertThat(isValidUtf8(bytes)).isFalse();
  }

  @Test
  void frenchSpreadsheetHabitsAreAllPresent() {
    List<CsvDialect> dialects = csvDatasets().map(DemoDataset::csvDialect).toList();
    Set<Character> delimiters = new HashSet<>();
    Set<Character> decimals = new HashSet<>();
    Set<String> dates = new HashSet<>();
    dialects.forEach(d -> {
      delimiters.add(d.delimiter());
      decimals.add(d.decimalSeparator());
      dates.add(d.datePattern());
    });

    assertThat(delimiters).contains(';', ',');
    assertThat(decimals).contains(',', '.');
    assertThat(dates).contains("dd/MM/yyyy", "yyyy-MM-dd");
    assertThat(dialects).anyMatch(CsvDialect::byteOrderMark).anyMatch(d -> !d.byteOrderMark())
        .anyMatch(d -> d.lineEnding().equals("\r\n")).anyMatch(d -> d.lineEnding().equals("\n"));
  }

  @Test
  void budgetUsesDecimalCommasAndSemicolons() {
    DemoDataset budget = DemoFiles.dataset("budget-primitif-2026");
    CsvRecord first = DemoFiles.csv(budget).get(1);

    assertThat(budget.csvDialect()).isEqualTo(CsvDialect.EXCEL_UTF8_FR);
    assertThat(first.getField(budget.columns().indexOf("BGT_MTPREV"))).matches("\\d+,\\d{2}");
  }

  private static boolean containsByte(byte[] bytes, int value) {
    for (byte b : bytes) {
      if ((b & 0xff) == value) {
        return true;
      }
    }
    return false;
  }

  private static int indexOf(byte[] bytes, byte[] part) {
    outer:
    for (int i = 0; i <= bytes.length - part.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (bytes[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static boolean isValidUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
