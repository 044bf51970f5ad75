package fr.socle.portal.audit;

import fr.socle.lakehouse.query.RunningQueries;
import fr.socle.portal.access.PolicyState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Makes the trail complete: Trino's event listener drops an event once its retries run out (the sink was down),
 * so every minute the queries Trino remembers as ended are compared with the trail, and each one missing is
 * recorded from {@code system.runtime.queries}. Trino keeps ended queries for 30 minutes (query.min-expire-age),
 * well beyond the listener's retries.
 */
@Component
@Profile("!cli")
public class QueryReconciler {
  private static final Logger log = LoggerFactory.getLogger(QueryReconciler.class);
  private static final Duration WINDOW = Duration.ofMinutes(25);

  private final RunningQueries queries;
  private final AuditTrail trail;
  private final Clock clock;
  private final PolicyState policy;

  QueryReconciler(RunningQueries queries, AuditTrail trail, Clock clock, PolicyState policy) {
    this.queries = queries;
    this.trail = trail;
    this.clock = clock;
    this.policy = policy;
  }

  @Scheduled(fixedDelayString = "${socle.audit.reconcile-interval:60s}", initialDelayString = "30s")
  public void scheduled() {
    try {
      reconcile();
    } catch (Exception e) {
      log.warn("audit reconciliation failed, will retry: {}", e.toString());
    }
  }

  /** Records the ended queries the trail misses; returns how many. */
  public int reconcile() throws java.sql.SQLException {
    Instant since = clock.instant().minus(WINDOW);
    List<RunningQueries.QueryInfo> ended = queries.endedSince(since);
    Set<String> known = trail.completedQueryIds(ended.stream().map(RunningQueries.QueryInfo::queryId).toList());
    int added = 0;
    @Nullable RuntimeException failed = null;
    for (RunningQueries.QueryInfo query : ended) {
      if (known.contains(query.queryId())) {
        continue;
      }
      String sql = query.sql().replaceAll("\\s+", " ").strip();
      // Trino no longer says which tables it read: those the statement names in full, so that a search by
      // dataset finds it too
      List<String> datasets = ReadDatasets.named(policy, query.sql(), null, null);
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("sql", query.sql());
      details.put("state", query.state());
      details.put("error", String.valueOf(query.errorCode()));
      details.put("source", String.valueOf(query.source()));
      if (!datasets.isEmpty()) {
        details.put("datasets", datasets);
      }
      try {
        trail.record(new AuditEntry(
            query.ended() != null ? query.ended() : clock.instant(),
            AuditEntry.Kinds.QUERY_RECONCILED,
            query.user(),
            null,
            datasets.isEmpty() ? null : datasets.getFirst(),
            query.queryId(),
            "FAILED".equals(query.state()) ? "failed" : "finished",
            "requête retrouvée par rapprochement : " + (sql.length() > 300 ? sql.substring(0, 300) + "…" : sql),
            details));
        added++;
      } catch (RuntimeException e) {
        // One query the trail cannot take must not keep the others out of it: they are recorded, it is retried.
        failed = e;
        log.warn("audit reconciliation: query {} not recorded, will retry: {}", query.queryId(), e.toString());
      }
    }
    if (failed != null && added == 0) {
      throw failed;
    }
    return added;
  }
}
