package fr.socle.lakehouse.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.socle.lakehouse.testing.Stack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Statements run through the portal's principal as a person: with a timeout, yet no session property set. */
class GovernedQueriesIT {
  private final Stack stack = Stack.get();
  private final GovernedQueries queries = new GovernedQueries(new TrinoGateway(
      new TrinoSettings(stack.trinoJdbcUrl(), stack.trinoTruststore(), Duration.ofMinutes(1)),
      "service-account-socle-portal", stack::portalServiceToken));

  @Test
  void aPersonsStatementRunsAsThemWithATimeout() throws QueryException {
    List<Object> values = new ArrayList<>();

    GovernedQueries.Outcome outcome = queries.stream("alice", PreparedSql.of("SELECT current_user, ?", 42L),
        GovernedQueries.Limits.of(10, Duration.ofSeconds(30)), sink(values), new QueryHandle());

    assertThat(values).containsExactly("alice", 42L);
    assertThat(outcome.rows()).isEqualTo(1);
    assertThat(outcome.queryId()).isNotBlank();
  }

  @Test
  void aStatementPastItsTimeoutIsCancelledAndSaysSo() {
    String slow = "SELECT count(*) FROM UNNEST(sequence(1, 10000)) a(x) CROSS JOIN UNNEST(sequence(1, 10000)) b(y) "
        + "WHERE x * y % 7 = 3";

    assertThatThrownBy(() -> queries.stream("alice", PreparedSql.of(slow),
            GovernedQueries.Limits.of(1, Duration.ofSeconds(1)), sink(new ArrayList<>()), new QueryHandle()))
        .isInstanceOfSatisfying(QueryException.class,
            e -> assertThat(e.code()).isEqualTo(QueryException.Code.TIMEOUT));
  }

  @Test
  void aStatementCancelledWhileItIsSubmittedDoesNotRun() {
    QueryHandle handle = new QueryHandle();
    handle.cancel();
    long start = System.nanoTime();

    assertThatThrownBy(() -> queries.stream("alice", PreparedSql.of("SELECT count(*) FROM UNNEST(sequence(1, 10000)) "
            + "a(x) CROSS JOIN UNNEST(sequence(1, 10000)) b(y) WHERE x * y % 7 = 3"),
            GovernedQueries.Limits.of(1, Duration.ofSeconds(30)), sink(new ArrayList<>()), handle))
        .isInstanceOfSatisfying(QueryException.class,
            e -> assertThat(e.code()).isEqualTo(QueryException.Code.CANCELLED));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  private static ResultSink sink(List<Object> values) {
    return new ResultSink() {
      @Override
      public void columns(List<ResultColumn> columns) {}

      @Override
      public void row(Object[] row) {
        values.addAll(List.of(row));
      }
    };
  }
}
