package fr.socle.lakehouse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The allocation-free parsers read numbers, dates and booleans as French files write them. */
class ValueParsersTest {
  private final NumberParser numbers = new NumberParser();

  @ParameterizedTest(name = "«{0}» → {1}")
  @CsvSource(delimiter = '|', value = {
      "12|12", "-7|-7", "+3|3", "0|0", "1 250|1250", "1\u00A0250\u00A0000|1250000", "1\u202F250|1250",
      "  42  |42", "999999999999999999|999999999999999999"})
  void integersAreRead(String text, long expected) {
    assertThat(numbers.parseLong(text.toCharArray(), 0, text.length(), true)).isTrue();
    assertThat(numbers.longValue).isEqualTo(expected);
  }

  @ParameterizedTest(name = "«{0}» is not an integer")
  @CsvSource(delimiter = '|', value = {
      "01000", "12 5", "1 2500", "12,5", "abc", "-", "1e3", "''", "1234567890123456789", "12-3"})
  void nonIntegersAreRefused(String text) {
    assertThat(numbers.parseLong(text.toCharArray(), 0, text.length(), true)).isFalse();
  }

  @ParameterizedTest(name = "«{0}» → {1}")
  @CsvSource(delimiter = '|', value = {
      "12,5|12.5", "12.5|12.5", "-0,25|-0.25", "1 250,50|1250.5", "1.250,50|1250.5", "1,250.50|1250.5",
      "0,1|0.1", "3|3", "1e3|1000", "2,5E-3|0.0025", "0.30000000000000004|0.30000000000000004",
      "123456789012345678901234|1.2345678901234568E23"})
  void decimalsAreRead(String text, double expected) {
    assertThat(numbers.parseDouble(text.toCharArray(), 0, text.length(), false)).isTrue();
    assertThat(numbers.doubleValue).isEqualTo(expected);
  }

  @ParameterizedTest(name = "«{0}» is not a decimal")
  @CsvSource(delimiter = '|', value = {"01,5", "1,2,3", "1.2.3", "12,5a", "€", ",", "1 23,5", "12345678901234567"})
  void strictDecimalsRefuseCodesAndJunk(String text) {
    assertThat(numbers.parseDouble(text.toCharArray(), 0, text.length(), true)).isFalse();
  }

  @ParameterizedTest(name = "«{0}» → {1}")
  @CsvSource(delimiter = '|', value = {
      "05/03/2024|2024-03-05", "5/3/2024|2024-03-05", "2024-03-05|2024-03-05", "29/02/2024|2024-02-29",
      "31-12-1999|1999-12-31", "01.01.1970|1970-01-01", "15/08/1850|1850-08-15"})
  void datesAreRead(String text, LocalDate expected) {
    assertThat(DateParser.parseDate(text.toCharArray(), 0, text.length())).isEqualTo((int) expected.toEpochDay());
  }

  @ParameterizedTest(name = "«{0}» is not a date")
  @CsvSource(delimiter = '|', value = {"29/02/2023", "32/01/2024", "2024-13-01", "05/03/24", "2024/03/05x", "abc",
      "2024-03-05T10:00"})
  void nonDatesAreRefused(String text) {
    assertThat(DateParser.parseDate(text.toCharArray(), 0, text.length())).isEqualTo(DateParser.NOT_A_DATE);
  }

  @ParameterizedTest(name = "«{0}» → {1}")
  @CsvSource(delimiter = '|', value = {
      "2024-03-05T10:30|2024-03-05T10:30", "2024-03-05 10:30:15|2024-03-05T10:30:15",
      "05/03/2024 10:30|2024-03-05T10:30", "2024-03-05T10:30:15.123456|2024-03-05T10:30:15.123456",
      "2024-03-05T10:30:00Z|2024-03-05T10:30", "2024-03-05T12:30:00+02:00|2024-03-05T10:30",
      "2024-03-05|2024-03-05T00:00"})
  void timestampsAreRead(String text, LocalDateTime expected) {
    long micros = expected.toEpochSecond(ZoneOffset.UTC) * 1_000_000L + expected.getNano() / 1000;
    assertThat(DateParser.parseTimestamp(text.toCharArray(), 0, text.length())).isEqualTo(micros);
  }

  @ParameterizedTest(name = "«{0}» → {1}")
  @CsvSource(delimiter = '|', value = {"oui|1", "Non|0", "VRAI|1", "faux|0", "true|1", "False|0", "o|-1", "1|-1"})
  void booleansAreRead(String text, int expected) {
    assertThat(BooleanParser.parse(text.toCharArray(), 0, text.length())).isEqualTo(expected);
  }
}
