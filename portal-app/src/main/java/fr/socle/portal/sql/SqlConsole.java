package fr.socle.portal.sql;

import fr.socle.lakehouse.query.GovernedQueries;
import fr.socle.lakehouse.query.PreparedSql;
import fr.socle.lakehouse.query.QueryException;
import fr.socle.lakehouse.query.QueryHandle;
import fr.socle.lakehouse.query.ResultSink;
import fr.socle.policies.access.EnginePolicy;
import fr.socle.policies.access.Role;
import fr.socle.policies.access.Subject;
import fr.socle.policies.access.TableRef;
import fr.socle.portal.access.AccessException;
import fr.socle.portal.access.PolicyState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Runs one console statement for one person: checked read-only by Trino's parser, counted against the person's
 * quota, run through Trino as the person with a timeout, and returned one page at a time.
 *
 * <p>Paging re-runs the statement and skips the rows of the earlier pages, up to a bounded depth ({@code maxOffset}).
 * No cursor is kept between requests, so nothing leaks when a person walks away, any portal replica can serve the
 * next page, and the text sent to Trino is exactly the text checked (no rewriting into a subquery, which would
 * also lose an ORDER BY). The cost is a re-execution per page, which the depth bound keeps small; deeper reads are
 * for downloads or the person's own LIMIT/OFFSET. Without an ORDER BY, Trino may return rows in another order on
 * each run: the page says so.
 */
@Service
class SqlConsole {
  /** What Trino's "does not exist" and "access denied" both become: the same words, so neither tells the other. */
  static final String NOT_FOUND_OR_DENIED =
      "une table ou une colonne demandée n'existe pas ou ne vous est pas accessible";

  private final GovernedQueries queries;
  private final ReadOnlyStatements statements = new ReadOnlyStatements();
  private final StatementQuota quota;
  private final ConsoleRuns runs;
  private final SqlSettings settings;
  private final PolicyState policy;

  SqlConsole(@Qualifier("internal") GovernedQueries queries, StatementQuota quota, ConsoleRuns runs,
      SqlSettings settings, PolicyState policy) {
    this.policy = policy;
    this.queries = queries;
    this.quota = quota;
    this.runs = runs;
    this.settings = settings;
  }

  /** A page of a statement's result. */
  record Result(String sql, String kind, List<ResultSink.ResultColumn> columns, List<@Nullable Object[]> rows,
      long offset, boolean hasMore, boolean deeper, @Nullable String queryId, long elapsedMillis) {
    public @Nullable Long nextOffset() {
      return hasMore && !deeper ? offset + rows.size() : null;
    }
  }

  static boolean mayUse(Subject me) {
    return me.has(Role.AGENT) || me.has(Role.DATA_OFFICER);
  }

  static void requireConsole(Subject me) {
    if (!mayUse(me) || me.isAdmin()) {
      throw new AccessException(AccessException.Code.FORBIDDEN,
          "la console SQL est réservée aux agents et aux référents données");
    }
  }

  SqlSettings settings() {
    return settings;
  }

  Result run(Subject me, String text, long offset, @Nullable String runId) throws QueryException {
    requireConsole(me);
    if (offset < 0) {
      throw new IllegalArgumentException("offset négatif : la première ligne est à l'offset 0");
    }
    if (offset > settings.maxOffset()) {
      throw new IllegalArgumentException("la pagination s'arrête à " + settings.maxOffset()
          + " lignes : affinez la requête (WHERE, LIMIT, OFFSET) ou téléchargez le jeu de données");
    }
    if (runId != null && !ConsoleRuns.validId(runId)) {
      throw new IllegalArgumentException("identifiant d'exécution invalide");
    }
    ReadOnlyStatements.Verdict verdict = statements.classify(text);
    if (verdict instanceof ReadOnlyStatements.Verdict.Refused refused) {
      throw refused.exception();
    }
    ReadOnlyStatements.Verdict.Accepted accepted = (ReadOnlyStatements.Verdict.Accepted) verdict;
    quota.take(me.user());
    QueryHandle handle = new QueryHandle();
    if (runId != null) {
      runs.start(me.user(), runId, handle);
    }
    Instant started = Instant.now();
    try {
      PageSink sink = new PageSink(offset, settings.maxPageSize().toBytes());
      GovernedQueries.Outcome outcome = queries.stream(me.user(), new PreparedSql(accepted.sql(), List.of()),
          GovernedQueries.Limits.of(offset + settings.pageSize(), settings.timeout()), sink, handle);
      boolean deeper = outcome.truncated() && offset + settings.pageSize() > settings.maxOffset();
      return new Result(accepted.sql(), accepted.kind(), sink.columns, sink.rows, offset, outcome.truncated(), deeper,
          outcome.queryId(), Duration.between(started, Instant.now()).toMillis());
    } catch (QueryException e) {
      QueryException hidden = hideExistence(e);
      // Trino analyses a statement before it checks access: « Cannot apply operator: varchar + integer » on a
      // table one may not see would tell that it exists, and the type of its column.
      // On a table one reads only some columns of, any of Trino's errors may tell a hidden column's name or type
      // (« Cannot apply operator », « Column 'x' is missing from left side of join », look-alike letters Trino
      // folds as it compares names): every one reads the same there. Errors of the console's own (a page too
      // large) come without a Trino cause and stay as they are.
      if (hidden == e && e.getCause() instanceof java.sql.SQLException
          && e.code() != QueryException.Code.TIMEOUT && e.code() != QueryException.Code.CANCELLED
          && e.code() != QueryException.Code.BUSY
          && (!allKnown(me, accepted.tables()) || readsSomeColumnsOnly(me, accepted.tables()))) {
        throw new QueryException(QueryException.Code.NOT_FOUND_OR_DENIED, NOT_FOUND_OR_DENIED, e);
      }
      throw hidden;
    } finally {
      if (runId != null) {
        runs.end(me.user(), runId);
      }
    }
  }

  /** Whether one of the tables has columns the person may know of but not read (a grant of some columns). */
  private boolean readsSomeColumnsOnly(Subject me, List<TableRef> tables) {
    EnginePolicy engine = policy.enginePolicy();
    return tables.stream().anyMatch(table -> !engine.unreadableColumns(me, table).isEmpty());
  }

  /** Whether the person may know that each of these tables exists (the decision Trino's access control takes). */
  private boolean allKnown(Subject me, List<TableRef> tables) {
    EnginePolicy engine = policy.enginePolicy();
    return tables.stream().allMatch(table -> engine.seeTable(me, table).allowed());
  }

  boolean cancel(Subject me, String runId) {
    return ConsoleRuns.validId(runId) && runs.cancel(me.user(), runId);
  }

  /**
   * Trino says "cannot be resolved" or "not found" for a name that does not exist, and "Access Denied" for one the
   * person may not read: both must read the same, or the difference tells what exists. Time travel is resolved
   * before access is checked: « no version history table … », « cannot find snapshot … » would tell that a table
   * one may not see exists, so they read the same too.
   */
  static QueryException hideExistence(QueryException e) {
    if (e.code() == QueryException.Code.NOT_FOUND_OR_DENIED) {
      return new QueryException(QueryException.Code.NOT_FOUND_OR_DENIED, NOT_FOUND_OR_DENIED, e);
    }
    if (e.code() == QueryException.Code.INVALID_QUERY || e.code() == QueryException.Code.UNAVAILABLE) {
      String trino = String.valueOf(e.getCause() == null ? e.userMessage() : e.getCause().getMessage())
          .toLowerCase(Locale.ROOT);
      if (trino.contains("cannot be resolved") || trino.contains("not found") || trino.contains("does not exist")
          || trino.contains("access denied") || trino.contains("not allowed") || trino.contains("snapshot")
          || trino.contains("version history") || trino.contains("reference name")) {
        return new QueryException(QueryException.Code.NOT_FOUND_OR_DENIED, NOT_FOUND_OR_DENIED, e);
      }
    }
    return e;
  }

  /**
   * About the characters a value takes in the answer: bytes as their hexadecimal, text as JSON escapes it (a control
   * character takes six), anything else as it prints.
   */
  static long printedSize(@Nullable Object value) {
    if (value == null) {
      return 4;
    }
    if (value instanceof byte[] bytes) {
      return 2L * bytes.length + 3;
    }
    String text = String.valueOf(value);
    long size = text.length() + 3;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\') {
        size += 5;
      }
    }
    return size;
  }

  /**
   * Skips the rows of the earlier pages; keeps one page, bounded by the limits of the statement in rows and here in
   * size (about the characters the page's values print as).
   */
  private static final class PageSink implements ResultSink {
    private final long skip;
    private final long maxSize;
    private long size;
    private long seen;
    private List<ResultColumn> columns = List.of();
    private final List<@Nullable Object[]> rows = new ArrayList<>();

    PageSink(long skip, long maxSize) {
      this.skip = skip;
      this.maxSize = maxSize;
    }

    @Override
    public void columns(List<ResultColumn> columns) {
      this.columns = List.copyOf(columns);
    }

    @Override
    public void row(@Nullable Object[] values) throws QueryException {
      if (seen++ >= skip) {
        for (Object value : values) {
          size += printedSize(value);
        }
        if (size > maxSize) {
          throw new QueryException(QueryException.Code.INVALID_QUERY, "page trop volumineuse (plus de "
              + maxSize / (1024 * 1024) + " Mo) : sélectionnez moins de colonnes, moins de lignes (LIMIT) ou des "
              + "textes plus courts (substr), ou téléchargez le jeu de données");
        }
        rows.add(values);
      }
    }
  }
}
