package fr.socle.portal.sql;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.lakehouse.query.QueryException;
import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqlConsoleTest {
  /** Whatever Trino says about a name the person wrote, "missing" and "denied" must read the same. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      INVALID_QUERY | line 1:8: Column 'nope' cannot be resolved
      INVALID_QUERY | line 1:15: Catalog 'nope' not found
      UNAVAILABLE   | line 1:8: Relation not found or not allowed
      NOT_FOUND_OR_DENIED | Access Denied: Cannot select from columns [montant]
      """)
  void existenceIsNeverRevealed(QueryException.Code code, String trino) {
    QueryException e = new QueryException(code, "message", new SQLException(trino));

    QueryException hidden = SqlConsole.hideExistence(e);

    assertThat(hidden.code()).isEqualTo(QueryException.Code.NOT_FOUND_OR_DENIED);
    assertThat(hidden.userMessage()).isEqualTo(SqlConsole.NOT_FOUND_OR_DENIED);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      INVALID_QUERY | line 1:10: Cannot apply operator: varchar = integer
      TIMEOUT       | Query exceeded maximum time limit
      """)
  void otherErrorsKeepTheirMessage(QueryException.Code code, String trino) {
    QueryException e = new QueryException(code, "message", new SQLException(trino));

    assertThat(SqlConsole.hideExistence(e)).isSameAs(e);
  }
}
