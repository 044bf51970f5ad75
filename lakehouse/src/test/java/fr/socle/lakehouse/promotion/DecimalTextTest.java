package fr.socle.lakehouse.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecimalTextTest {
  @Test
  void numbersAreWrittenWithoutAnExponent() {
    assertThat(DecimalText.of(3.2680324E7)).isEqualTo("32680324.0");
    assertThat(DecimalText.of(1.21460714E8)).isEqualTo("121460714.0");
    assertThat(DecimalText.of(1.0E-4)).isEqualTo("0.00010");
    assertThat(DecimalText.of(-2.5E10)).isEqualTo("-25000000000.0");
    // ordinary values as Java writes them
    assertThat(DecimalText.of(1234.5)).isEqualTo("1234.5");
    assertThat(DecimalText.of(0.1)).isEqualTo("0.1");
    assertThat(DecimalText.of(Double.NaN)).isEqualTo("NaN");
  }

  @Test
  void trimmedNumbersHaveNeitherExponentNorTrailingZeros() {
    assertThat(DecimalText.trimmed(1.0E7)).isEqualTo("10000000");
    assertThat(DecimalText.trimmed(45.76401)).isEqualTo("45.76401");
    assertThat(DecimalText.trimmed(-0.0)).isEqualTo("0");
    assertThat(DecimalText.trimmed(1.0E-4)).isEqualTo("0.0001");
    assertThat(DecimalText.trimmed(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
  }
}
