package fr.socle.portal.classification;

import fr.socle.lakehouse.classification.SamplingMethod;
import fr.socle.lakehouse.classification.TableScan;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Scans of datasets ({@code portal.classification_scan}), one row per scan, newest wins. */
@Repository
class ScanStore {
  private static final String COLUMNS = "id, dataset_id, snapshot_id, scanned_at, requested_by, method, duration_ms, "
      + "findings::text AS findings";

  private final JdbcClient jdbc;
  private final ClassificationJson json;

  ScanStore(JdbcClient jdbc, ClassificationJson json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  StoredScan record(TableScan scan, String requestedBy, Instant at) {
    long id = jdbc.sql("""
            INSERT INTO portal.classification_scan (dataset_id, snapshot_id, scanned_at, requested_by, method,
              rows_read, rows_scanned, sampled, duration_ms, findings)
            VALUES (:dataset, :snapshot, :at, :by, :method, :read, :scanned, :sampled, :ms, CAST(:findings AS jsonb))
            RETURNING id""")
        .param("dataset", scan.target().datasetId())
        .param("snapshot", scan.target().snapshotId())
        .param("at", Timestamp.from(at))
        .param("by", requestedBy)
        .param("method", scan.method().code())
        .param("read", scan.findings().rowsRead())
        .param("scanned", scan.findings().rowsScanned())
        .param("sampled", scan.findings().sampled())
        .param("ms", scan.elapsed().toMillis())
        .param("findings", json.write(scan.findings()))
        .query(Long.class)
        .single();
    return new StoredScan(id, scan.target().datasetId(), scan.target().snapshotId(), at, requestedBy, scan.method(),
        scan.elapsed().toMillis(), scan.findings());
  }

  Optional<StoredScan> latest(String datasetId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM portal.classification_scan WHERE dataset_id = :dataset "
            + "ORDER BY scanned_at DESC, id DESC LIMIT 1")
        .param("dataset", datasetId)
        .query(this::map)
        .optional();
  }

  Optional<StoredScan> find(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM portal.classification_scan WHERE id = :id")
        .param("id", id)
        .query(this::map)
        .optional();
  }

  /** The latest scan of every dataset, by dataset id. */
  Map<String, StoredScan> latestOfEach() {
    Map<String, StoredScan> scans = new HashMap<>();
    jdbc.sql("SELECT DISTINCT ON (dataset_id) " + COLUMNS + " FROM portal.classification_scan "
            + "ORDER BY dataset_id, scanned_at DESC, id DESC")
        .query(this::map)
        .list()
        .forEach(scan -> scans.put(scan.datasetId(), scan));
    return scans;
  }

  boolean scanned(String datasetId, long snapshotId) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM portal.classification_scan WHERE dataset_id = :dataset "
            + "AND snapshot_id = :snapshot)")
        .param("dataset", datasetId)
        .param("snapshot", snapshotId)
        .query(Boolean.class)
        .single();
  }

  /** The snapshots already scanned, per dataset: what the scan job need not read again. */
  Map<String, List<Long>> scannedSnapshots() {
    Map<String, List<Long>> snapshots = new HashMap<>();
    jdbc.sql("SELECT DISTINCT dataset_id, snapshot_id FROM portal.classification_scan")
        .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
        .list()
        .forEach(e -> snapshots.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return snapshots;
  }

  private StoredScan map(ResultSet rs, int row) throws SQLException {
    return new StoredScan(rs.getLong("id"), rs.getString("dataset_id"), rs.getLong("snapshot_id"),
        rs.getTimestamp("scanned_at").toInstant(), rs.getString("requested_by"),
        SamplingMethod.fromCode(rs.getString("method")), rs.getLong("duration_ms"),
        json.findings(rs.getString("findings")));
  }
}
