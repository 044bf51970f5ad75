package fr.socle.lakehouse.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ValueTextTest {

  @Test
  void datesAreIsoAndTimestampsReadable() {
    assertThat(ValueText.of(Date.valueOf(LocalDate.of(1985, 3, 14)))).isEqualTo("1985-03-14");
    assertThat(ValueText.of(LocalDate.of(1985, 3, 14))).isEqualTo("1985-03-14");
    assertThat(ValueText.of(Timestamp.valueOf(LocalDateTime.of(2026, 1, 5, 8, 30)))).isEqualTo("2026-01-05 08:30:00");
    assertThat(ValueText.of(LocalDateTime.of(2026, 1, 5, 8, 30, 1, 500_000_000))).isEqualTo("2026-01-05 08:30:01.5");
  }

  @Test
  void numbersArePlainNeverScientific() {
    assertThat(ValueText.of(45.76401)).isEqualTo("45.76401");
    assertThat(ValueText.of(1.0E7)).isEqualTo("10000000");
    assertThat(ValueText.of(-0.00012)).isEqualTo("-0.00012");
    assertThat(ValueText.of(12L)).isEqualTo("12");
    assertThat(ValueText.of(new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(ValueText.of(Double.NaN)).isEqualTo("NaN");
  }

  @Test
  void textBooleansAndNulls() {
    assertThat(ValueText.of("POINT (4.8 45.7)")).isEqualTo("POINT (4.8 45.7)");
    assertThat(ValueText.of(Boolean.TRUE)).isEqualTo("true");
    assertThat(ValueText.of(null)).isNull();
    assertThat(ValueText.of(new byte[] {1, 2})).isNull();
  }
}
