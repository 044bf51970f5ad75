package fr.socle.lakehouse.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TableQueryTest {
  private static final Map<String, String> COLUMNS = Map.of(
      "id", "bigint", "commune", "varchar", "montant", "double", "date_vote", "date");

  /**
   * A page is read in an order every run repeats: the other columns, by name, break ties (or make the only order);
   * a full read (an export) is not sorted, and a geometry is no sort key.
   */
  @Test
  void pagesAreReadInAnOrderThatNeverTies() {
    Map<String, String> columns = Map.of("nom", "varchar", "id", "bigint", "geometry", "varbinary");
    assertThat(new TableQuery("internal", "d", "t", columns).page(20, 40).toSql().sql())
        .isEqualTo("SELECT * FROM \"internal\".\"d\".\"t\" ORDER BY \"id\" ASC NULLS LAST, \"nom\" ASC NULLS LAST"
            + " OFFSET 40 LIMIT 20");
    assertThat(new TableQuery("internal", "d", "t", columns).orderBy("nom", TableQuery.Direction.DESC).page(20, 0)
        .toSql().sql()).endsWith("ORDER BY \"nom\" DESC NULLS FIRST, \"id\" ASC NULLS LAST LIMIT 20");
    assertThat(new TableQuery("internal", "d", "t", columns).toSql().sql()).doesNotContain("ORDER BY");
  }

  @Test
  void valuesAreBoundAndIdentifiersQuoted() {
    PreparedSql sql = new TableQuery("internal", "finances", "subventions", COLUMNS)
        .select(List.of("id", "montant"))
        .where(new TableQuery.Condition("commune", TableQuery.Operator.EQUALS, List.of("x' OR 1=1 --")))
        .where(new TableQuery.Condition("montant", TableQuery.Operator.GREATER_THAN, List.of("1000")))
        .orderBy("date_vote", TableQuery.Direction.DESC)
        .page(100, 200)
        .toSql();

    assertThat(sql.sql()).isEqualTo("SELECT \"id\", \"montant\" FROM \"internal\".\"finances\".\"subventions\""
        + " WHERE \"commune\" = ? AND \"montant\" > CAST(? AS double)"
        + " ORDER BY \"date_vote\" DESC NULLS FIRST, \"id\" ASC NULLS LAST, \"montant\" ASC NULLS LAST"
        + " OFFSET 200 LIMIT 100");
    assertThat(sql.parameters()).containsExactly("x' OR 1=1 --", "1000");
  }

  /**
   * Values are read as the column's type before Trino sees them: a date-time as the API writes it (with a T) or as
   * Trino does, a decimal comma; what is not of the type is refused in French, saying what was expected.
   */
  @Test
  void valuesAreReadAsTheColumnsTypeOrRefusedSayingWhatIsExpected() {
    Map<String, String> columns = Map.of("maj", "timestamp(6)", "annee", "bigint", "montant", "double",
        "vote", "date", "actif", "boolean");
    PreparedSql sql = new TableQuery("internal", "d", "t", columns)
        .where(new TableQuery.Condition("maj", TableQuery.Operator.GREATER_OR_EQUAL, List.of("2023-01-01T08:41:37")))
        .where(new TableQuery.Condition("maj", TableQuery.Operator.LESS_THAN, List.of("2023-02-01")))
        .where(new TableQuery.Condition("montant", TableQuery.Operator.EQUALS, List.of(" 12,5 ")))
        .where(new TableQuery.Condition("actif", TableQuery.Operator.EQUALS, List.of("oui")))
        .toSql();
    assertThat(sql.parameters()).containsExactly("2023-01-01 08:41:37", "2023-02-01", "12.5", "true");
    // a day on a date-time column compares the day (« = 2023-02-01 » is that whole day)
    assertThat(sql.sql()).contains("\"maj\" >= CAST(? AS timestamp(6))", "CAST(\"maj\" AS date) < CAST(? AS date)");

    for (String[] refused : new String[][] {{"annee", "abc", "un nombre entier attendu"},
        {"maj", "notadate", "une date-heure (2023-01-01T08:41:37) ou une date (2023-01-01) attendue"},
        {"vote", "01/02/2023", "une date (2023-01-01) attendue"}, {"montant", "1e", "un nombre attendu"}}) {
      assertThatThrownBy(() -> new TableQuery("internal", "d", "t", columns)
          .where(new TableQuery.Condition(refused[0], TableQuery.Operator.EQUALS, List.of(refused[1]))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("valeur « " + refused[1] + " » invalide pour la colonne " + refused[0] + " : " + refused[2]);
    }
  }

  @Test
  void unknownColumnsNeverReachTheText() {
    TableQuery query = new TableQuery("internal", "finances", "subventions", COLUMNS);

    assertThatThrownBy(() -> query.select(List.of("id\" FROM internal.rh.salaires --")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> query.orderBy("montant; DROP TABLE x", TableQuery.Direction.ASC))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TableQuery("internal", "finances\"--", "t", COLUMNS))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void timeTravelAndCountShareTheConditions() {
    TableQuery query = new TableQuery("internal", "finances", "subventions", COLUMNS)
        .where(new TableQuery.Condition("id", TableQuery.Operator.IN, List.of("1", "2")))
        .atSnapshot(42L);

    assertThat(query.toCountSql().sql()).isEqualTo("SELECT count(*) FROM \"internal\".\"finances\".\"subventions\""
        + " FOR VERSION AS OF 42 WHERE \"id\" IN (CAST(? AS bigint), CAST(? AS bigint))");
  }
}
