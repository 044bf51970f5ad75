package fr.socle.policies.access;

import static fr.socle.policies.access.Fixtures.grant;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadScopeTest {
  private static final Map<String, ValueType> TYPES = new LinkedHashMap<>(Map.of(
      "id", ValueType.INTEGER, "code_commune", ValueType.STRING, "montant", ValueType.DECIMAL,
      "email", ValueType.STRING));
  private static final List<String> COLUMNS = List.of("id", "code_commune", "montant", "email");
  private static final Grantee CHLOE = new Grantee.User("chloe");

  @Test
  void rowFilterIsTheDisjunctionOfTheGrants() {
    ReadScope scope = ReadScope.granted(List.of(
        grant("ds", CHLOE).id("a").rows(new RowFilter("code_commune", RowFilter.Operator.IN, List.of("37261", "37122")))
            .build(),
        grant("ds", CHLOE).id("b").rows(new RowFilter("montant", RowFilter.Operator.GREATER_THAN, List.of("1000")),
            new RowFilter("id", RowFilter.Operator.LESS_OR_EQUAL, List.of("50"))).build()));

    assertThat(scope.rowFilter(TYPES).map(ViewExpression::sql)).contains(
        "(\"code_commune\" IN ('37261', '37122')) OR (\"montant\" > DOUBLE '1000' AND \"id\" <= 50)");
  }

  @Test
  void aGrantOfAllRowsRemovesTheFilter() {
    ReadScope scope = ReadScope.granted(List.of(
        grant("ds", CHLOE).id("a").rows(new RowFilter("code_commune", RowFilter.Operator.EQUALS, List.of("1"))).build(),
        grant("ds", CHLOE).id("b").columns("id").build()));

    assertThat(scope.rowFilter(TYPES)).isEmpty();
  }

  @Test
  void columnOpenedOnFewerRowsIsMaskedOnTheOthers() {
    ReadScope scope = ReadScope.granted(List.of(
        grant("ds", CHLOE).id("a").columns("id", "montant")
            .rows(new RowFilter("code_commune", RowFilter.Operator.EQUALS, List.of("37261"))).build(),
        grant("ds", CHLOE).id("b").columns("id")
            .rows(new RowFilter("code_commune", RowFilter.Operator.EQUALS, List.of("37122"))).build()));

    assertThat(scope.visibleColumns(COLUMNS)).containsExactly("id", "montant");
    assertThat(scope.mask("id", "bigint", TYPES)).isEmpty();
    assertThat(scope.mask("montant", "double", TYPES).map(ViewExpression::sql))
        .contains("CASE WHEN (\"code_commune\" = '37261') THEN \"montant\" END");
  }

  @Test
  void maskedOthersReadAsNullAndHiddenOthersAreAbsent() {
    ReadScope masked = ReadScope.granted(List.of(grant("ds", CHLOE).columns("id").maskOthers().build()));
    ReadScope hidden = ReadScope.granted(List.of(grant("ds", CHLOE).columns("id").build()));

    assertThat(masked.visibleColumns(COLUMNS)).containsExactlyElementsOf(COLUMNS);
    assertThat(masked.mask("email", "varchar", TYPES)).contains(new ViewExpression("CAST(NULL AS varchar)", false));
    assertThat(hidden.visibleColumns(COLUMNS)).containsExactly("id");
    assertThat(hidden.mayRead(java.util.Set.of("email"), COLUMNS)).isFalse();
  }

  @Test
  void aRefusedColumnNeedsNoMask() {
    ReadScope masked = ReadScope.granted(List.of(grant("ds", CHLOE).columns("id").maskOthers().build()));
    ReadScope hidden = ReadScope.granted(List.of(grant("ds", CHLOE).columns("id").build()));

    // refused: statements naming them are denied, so Trino is spared a mask to analyse
    assertThat(hidden.mask("email", "varchar", TYPES)).isEmpty();
    assertThat(hidden.mayRead(java.util.Set.of("email"), COLUMNS)).isFalse();
    // Trino's hidden columns are no dataset column: refused under either kind of grant
    assertThat(masked.mask("$path", "varchar", TYPES)).isEmpty();
    assertThat(masked.mayRead(java.util.Set.of("$path"), COLUMNS)).isFalse();
  }

  /**
   * Trino checks the columns an expression names against the identity it runs as: the reader's own when the reader
   * may read them all, the platform principal's when the grant filters on a column it does not open.
   */
  @Test
  void anExpressionRunsAsTheReaderUnlessItNamesAColumnTheReaderMayNotRead() {
    RowFilter commune = new RowFilter("code_commune", RowFilter.Operator.EQUALS, List.of("37261"));
    ReadScope filteredOnAnOpenColumn = ReadScope.granted(List.of(
        grant("ds", CHLOE).columns("id", "code_commune").rows(commune).build()));
    ReadScope filteredOnAClosedColumn = ReadScope.granted(List.of(
        grant("ds", CHLOE).columns("id", "montant").rows(commune).build()));
    ReadScope filteredOnAMaskedColumn = ReadScope.granted(List.of(
        grant("ds", CHLOE).columns("id", "montant").maskOthers().rows(commune).build()));

    assertThat(filteredOnAnOpenColumn.rowFilter(TYPES).map(ViewExpression::asDefiner)).contains(false);
    assertThat(filteredOnAClosedColumn.rowFilter(TYPES).map(ViewExpression::asDefiner)).contains(true);
    // a masked column reads as null to the reader but may be named: filters apply before masks
    assertThat(filteredOnAMaskedColumn.rowFilter(TYPES).map(ViewExpression::asDefiner)).contains(false);
  }

  @Test
  void aPartialMaskRunsAsTheReaderOnlyIfTheReaderMayReadItsCondition() {
    RowFilter tours = new RowFilter("code_commune", RowFilter.Operator.EQUALS, List.of("37261"));
    RowFilter joue = new RowFilter("code_commune", RowFilter.Operator.EQUALS, List.of("37122"));
    ReadScope conditionClosed = ReadScope.granted(List.of(
        grant("ds", CHLOE).id("a").columns("id", "montant").rows(tours).build(),
        grant("ds", CHLOE).id("b").columns("id").rows(joue).build()));
    ReadScope conditionOpen = ReadScope.granted(List.of(
        grant("ds", CHLOE).id("a").columns("id", "montant", "code_commune").rows(tours).build(),
        grant("ds", CHLOE).id("b").columns("id").rows(joue).build()));

    assertThat(conditionClosed.mask("montant", "double", TYPES).map(ViewExpression::asDefiner)).contains(true);
    assertThat(conditionOpen.mask("montant", "double", TYPES).map(ViewExpression::asDefiner)).contains(false);
  }

  @Test
  void onlyAWholeTableReaderIsUnrestricted() {
    assertThat(ReadScope.full("x").unrestricted()).isTrue();
    assertThat(ReadScope.granted(List.of(grant("ds", CHLOE).build())).unrestricted()).isTrue();
    assertThat(ReadScope.granted(List.of(grant("ds", CHLOE).columns("id").build())).unrestricted()).isFalse();
    assertThat(ReadScope.granted(List.of(grant("ds", CHLOE)
        .rows(new RowFilter("id", RowFilter.Operator.IS_NOT_NULL, List.of())).build())).unrestricted()).isFalse();
    assertThat(ReadScope.metadataOnly("x").unrestricted()).isFalse();
  }
}
