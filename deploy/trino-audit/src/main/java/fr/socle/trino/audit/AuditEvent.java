package fr.socle.trino.audit;

import io.trino.spi.eventlistener.QueryCompletedEvent;
import io.trino.spi.eventlistener.QueryContext;
import io.trino.spi.eventlistener.QueryCreatedEvent;
import io.trino.spi.eventlistener.QueryMetadata;
import io.trino.spi.eventlistener.TableInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the audit trail keeps of a query event: who (the session user, the authenticated principal, the user before
 * any change), what (the statement, the one it executes, the tables read with the row filters and column masks
 * Trino applied), and, once completed, the outcome.
 */
record AuditEvent(
    String queryId,
    String query,
    @Nullable String preparedQuery,
    String queryState,
    List<Table> tables,
    String user,
    @Nullable String principal,
    String originalUser,
    @Nullable String source,
    @Nullable String catalog,
    @Nullable String schema,
    Instant createTime,
    @Nullable Completion completion) {

  /** A table read, with the row filters and the column masks applied to it. */
  record Table(String catalog, String schema, String table, List<String> filters, List<Mask> masks) {}

  /** A masked column and its mask expression. */
  record Mask(String column, String expression) {}

  /** How the query ended: failed when it has an error name. */
  record Completion(Instant endTime, long outputRows, Duration wallTime, Duration cpuTime, @Nullable String errorName,
      @Nullable String failureMessage) {}

  static AuditEvent of(QueryCreatedEvent event) {
    return of(event.getMetadata(), event.getContext(), event.getCreateTime(), null);
  }

  static AuditEvent of(QueryCompletedEvent event) {
    var statistics = event.getStatistics();
    var failure = event.getFailureInfo();
    Completion completion = new Completion(event.getEndTime(), statistics.getOutputRows(), statistics.getWallTime(),
        statistics.getCpuTime(), failure.map(f -> f.getErrorCode().getName()).orElse(null),
        failure.flatMap(f -> f.getFailureMessage()).orElse(null));
    return of(event.getMetadata(), event.getContext(), event.getCreateTime(), completion);
  }

  private static AuditEvent of(QueryMetadata metadata, QueryContext context, Instant createTime,
      @Nullable Completion completion) {
    List<Table> tables = metadata.getTables().stream().map(AuditEvent::table).toList();
    return new AuditEvent(metadata.getQueryId(), metadata.getQuery(), orNull(metadata.getPreparedQuery()),
        metadata.getQueryState(), tables, context.getUser(), orNull(context.getPrincipal()),
        context.getOriginalUser(), orNull(context.getSource()), orNull(context.getCatalog()),
        orNull(context.getSchema()), createTime, completion);
  }

  private static Table table(TableInfo table) {
    List<Mask> masks = table.getColumns().stream()
        .filter(column -> column.getMask().isPresent())
        .map(column -> new Mask(column.getColumn(), column.getMask().orElseThrow()))
        .toList();
    return new Table(table.getCatalog(), table.getSchema(), table.getTable(), List.copyOf(table.getFilters()), masks);
  }

  private static @Nullable String orNull(Optional<String> value) {
    return value.orElse(null);
  }
}
