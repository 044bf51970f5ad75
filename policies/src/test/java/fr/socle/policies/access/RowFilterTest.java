package fr.socle.policies.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RowFilterTest {
  private static final Map<String, ValueType> TYPES = Map.of(
      "code", ValueType.STRING, "n", ValueType.INTEGER, "x", ValueType.DECIMAL, "d", ValueType.DATE,
      "b", ValueType.BOOLEAN, "geom", ValueType.OTHER, "t", ValueType.TIMESTAMP);

  @ParameterizedTest(name = "{0} {1} [{2}] → {3}")
  @CsvSource(delimiter = '|', value = {
      "code|EQUALS|37261|\"code\" = '37261'",
      "code|EQUALS|x' OR '1'='1|\"code\" = 'x'' OR ''1''=''1'",
      "code|IN|a;b|\"code\" IN ('a', 'b')",
      "n|BETWEEN|1;10|\"n\" BETWEEN 1 AND 10",
      "x|LESS_THAN|12,5|\"x\" < DOUBLE '12.5'",
      "d|GREATER_OR_EQUAL|2026-01-01|\"d\" >= DATE '2026-01-01'",
      "b|EQUALS|oui|\"b\" = TRUE",
      // a day on a date-time column means the whole day, whatever the operator
      "t|GREATER_OR_EQUAL|2025-01-01|CAST(\"t\" AS DATE) >= DATE '2025-01-01'",
      "t|LESS_OR_EQUAL|2025-12-31|CAST(\"t\" AS DATE) <= DATE '2025-12-31'",
      "t|BETWEEN|2025-01-01;2025-12-31|CAST(\"t\" AS DATE) BETWEEN DATE '2025-01-01' AND DATE '2025-12-31'",
      "t|EQUALS|2025-03-01|CAST(\"t\" AS DATE) = DATE '2025-03-01'",
      "t|GREATER_OR_EQUAL|2025-01-01 08:30|\"t\" >= TIMESTAMP '2025-01-01 08:30'",
      "t|BETWEEN|2025-01-01;2025-01-01T12:00:00|\"t\" BETWEEN TIMESTAMP '2025-01-01 00:00' AND TIMESTAMP '2025-01-01 12:00'",
      "code|IS_NULL||\"code\" IS NULL"})
  void rendersTypedLiteralsOnly(String column, String operator, String values, String sql) {
    RowFilter filter = new RowFilter(column, RowFilter.Operator.parse(operator),
        values == null ? List.of() : List.of(values.split(";")));

    assertThat(filter.problemWith(TYPES)).isEmpty();
    assertThat(filter.toSql(TYPES)).isEqualTo(sql);
  }

  @ParameterizedTest(name = "{0} {1} [{2}] refused: {3}")
  @CsvSource(delimiter = '|', value = {
      "unknown|EQUALS|1|UNKNOWN_COLUMN",
      "n|EQUALS|1 OR 1=1|VALUE_TYPE",
      "n|EQUALS|1; DROP TABLE t|VALUE_COUNT",
      "d|EQUALS|01/02/2026x|VALUE_TYPE",
      "t|GREATER_OR_EQUAL|2025-13-01|VALUE_TYPE",
      "geom|EQUALS|POINT(0 0)|NOT_FILTERABLE",
      "n|BETWEEN|1|VALUE_COUNT",
      "code|IN||VALUE_COUNT",
      "b|EQUALS|peut-être|VALUE_TYPE"})
  void refusesWhatDoesNotFitTheSchema(String column, String operator, String values, RowFilter.Problem.Kind kind) {
    RowFilter filter = new RowFilter(column, RowFilter.Operator.parse(operator),
        values == null ? List.of() : List.of(values.split(";")));

    RowFilter.Problem problem = filter.problemWith(TYPES).orElseThrow();
    assertThat(problem.kind()).isEqualTo(kind);
    assertThat(problem.column()).isEqualTo(column);
    assertThat(problem.toString()).contains(column);
  }

  /** Operators come by name or as SQL writes them; an unknown one is told with the accepted ones. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "EQUALS|EQUALS", "=|EQUALS", "!=|NOT_EQUALS", "<>|NOT_EQUALS", "not in|NOT_IN", " Not   In |NOT_IN",
      "is not null|IS_NOT_NULL", "is_null|IS_NULL", ">=|GREATER_OR_EQUAL", "between|BETWEEN"})
  void operatorsAreReadByNameOrAsSqlWritesThem(String written, RowFilter.Operator operator) {
    assertThat(RowFilter.Operator.parse(written)).isEqualTo(operator);
  }

  @org.junit.jupiter.api.Test
  void anUnknownOperatorNamesTheAcceptedOnes() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RowFilter.Operator.parse("=="))
        .hasMessageContaining("opérateur inconnu : « == »").hasMessageContaining("EQUALS ou =");
  }
}
