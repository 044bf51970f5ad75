package fr.socle.lakehouse.classification;

import static java.util.Objects.requireNonNull;

import fr.socle.lakehouse.query.PreparedSql;
import fr.socle.lakehouse.query.QueryException;
import fr.socle.lakehouse.query.TrinoGateway;
import fr.socle.policies.detection.ColumnContext;
import fr.socle.policies.detection.DatasetFindings;
import fr.socle.policies.detection.DatasetScanner;
import fr.socle.policies.detection.RowSampler;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads one snapshot of a table through Trino as the platform principal (which may read every internal table: a
 * scan must see every row and column, whatever the grants) and runs the detectors over it. Small tables are read
 * whole; larger ones are sampled ({@link ScanSettings#largeTables()}). Nothing is kept but counts and masked
 * examples: values live only as long as their row.
 */
public final class TableScanner {
  private static final Pattern NAME = Pattern.compile("^[a-z][a-z0-9_]{0,62}$");

  private final TrinoGateway gateway;
  private final ScanSettings settings;

  public TableScanner(TrinoGateway gateway, ScanSettings settings) {
    this.gateway = requireNonNull(gateway, "gateway");
    this.settings = requireNonNull(settings, "settings");
  }

  public ScanSettings settings() {
    return settings;
  }

  /** Scans with the project's policy: every row up to the full-scan limit, else the configured sampling. */
  public TableScan scan(ScanTarget target) throws QueryException {
    return scan(target, target.totalRows() <= settings.fullScanUpTo() ? SamplingMethod.FULL : settings.largeTables());
  }

  public TableScan scan(ScanTarget target, SamplingMethod method) throws QueryException {
    long start = System.nanoTime();
    List<ColumnContext> contexts = ColumnContext.forDataset(target.columnNames(), target.scdlSchema());
    RowSampler sampler = method == SamplingMethod.STREAM
        ? RowSampler.uniform(target.totalRows(), settings.sampleSize(), target.snapshotId())
        : RowSampler.all();
    DatasetScanner scanner = new DatasetScanner(contexts, sampler);
    long fetched = target.columns().isEmpty() ? 0 : read(sql(target, method), target.columns().size(), scanner);
    DatasetFindings raw = scanner.result();
    DatasetFindings findings = method == SamplingMethod.TABLESAMPLE
        ? new DatasetFindings(Math.max(target.totalRows(), fetched), raw.rowsScanned(), true, raw.columns())
        : raw;
    return new TableScan(target, method, findings, fetched, Duration.ofNanos(System.nanoTime() - start));
  }

  /** The query: checked names only, the snapshot pinned, Trino sampling for {@link SamplingMethod#TABLESAMPLE}. */
  String sql(ScanTarget target, SamplingMethod method) {
    StringBuilder sql = new StringBuilder("SELECT ");
    List<String> expressions = new ArrayList<>();
    for (ScanColumn column : target.columns()) {
      expressions.add(column.kind().select(PreparedSql.quote(column.name())));
    }
    sql.append(String.join(", ", expressions))
        .append(" FROM ").append(quoted(target.catalog())).append('.').append(quoted(target.schema())).append('.')
        .append(quoted(target.table()))
        .append(" FOR VERSION AS OF ").append(target.snapshotId());
    if (method == SamplingMethod.TABLESAMPLE) {
      double percent = Math.min(100.0, 100.0 * settings.sampleSize() / Math.max(1, target.totalRows()));
      sql.append(" TABLESAMPLE BERNOULLI (").append(String.format(Locale.ROOT, "%.8f", percent)).append(')');
    }
    return sql.toString();
  }

  private long read(String sql, int width, DatasetScanner scanner) throws QueryException {
    try {
      return attempt(sql, width, scanner);
    } catch (SQLException e) {
      if (!gateway.tokenRefused(e)) {
        throw failed(e);
      }
      try {
        return attempt(sql, width, scanner);
      } catch (SQLException again) {
        throw failed(again);
      }
    }
  }

  private long attempt(String sql, int width, DatasetScanner scanner) throws SQLException, QueryException {
    AtomicBoolean timedOut = new AtomicBoolean();
    try (Connection connection = gateway.connectAsPrincipal(); Statement statement = connection.createStatement()) {
      // The driver's own timeout sets a session property only the operator may set: cancel from outside instead.
      CompletableFuture<Void> watchdog = CompletableFuture.runAsync(() -> {
        timedOut.set(true);
        cancel(statement);
      }, CompletableFuture.delayedExecutor(settings.timeout().toMillis(), TimeUnit.MILLISECONDS));
      try (ResultSet rs = statement.executeQuery(sql)) {
        @Nullable String[] row = new String[width];
        List<@Nullable String> view = Arrays.asList(row);
        long rows = 0;
        while (rs.next()) {
          for (int i = 0; i < width; i++) {
            row[i] = ValueText.of(rs.getObject(i + 1));
          }
          scanner.accept(view);
          rows++;
        }
        return rows;
      } catch (SQLException e) {
        if (timedOut.get()) {
          throw new QueryException(QueryException.Code.TIMEOUT, "l'analyse a dépassé le temps autorisé", e);
        }
        throw e;
      } finally {
        watchdog.cancel(false);
      }
    }
  }

  private static void cancel(Statement statement) {
    try {
      statement.cancel();
    } catch (SQLException ignored) {
      // already finished
    }
  }

  private static QueryException failed(SQLException e) {
    String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    if (message.contains("does not exist") || message.contains("access denied")) {
      return new QueryException(QueryException.Code.NOT_FOUND_OR_DENIED, "la table du jeu de données est introuvable",
          e);
    }
    return new QueryException(QueryException.Code.UNAVAILABLE, "le moteur de requêtes est indisponible", e);
  }

  private static String quoted(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("invalid identifier " + name);
    }
    return PreparedSql.quote(name);
  }
}
