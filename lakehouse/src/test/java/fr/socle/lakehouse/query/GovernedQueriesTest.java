package fr.socle.lakehouse.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GovernedQueriesTest {
  /** Trino's words for "it does not exist" and "you may not": the user must not be able to tell them apart. */
  @ParameterizedTest
  @ValueSource(strings = {
      "Query failed (#1): Access Denied: Cannot select from columns [a] in table or view internal.x.t",
      "Query failed (#1): line 3:3: Table 'internal.x.nope' does not exist",
      "Query failed (#1): line 3:3: Schema 'nope' does not exist",
      "Query failed (#1): line 1:8: Relation not found or not allowed",
      "Query failed (#1): Access Denied: Cannot show columns of table internal.x.t",
  })
  void missingAndDeniedReadTheSame(String message) {
    QueryException e = GovernedQueries.classify(new SQLException(message, "42000", 0), new QueryHandle());

    assertThat(e.code()).isEqualTo(QueryException.Code.NOT_FOUND_OR_DENIED);
    assertThat(e.userMessage()).isEqualTo("une table ou une colonne demandée n'existe pas ou ne vous est pas accessible");
  }
}
