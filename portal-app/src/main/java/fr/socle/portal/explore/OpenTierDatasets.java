package fr.socle.portal.explore;

import fr.socle.lakehouse.catalog.Catalogue;
import fr.socle.lakehouse.catalog.Dataset;
import fr.socle.lakehouse.catalog.DatasetColumn;
import fr.socle.lakehouse.catalog.DatasetState;
import fr.socle.lakehouse.catalog.Licences;
import fr.socle.lakehouse.iceberg.Tier;
import fr.socle.lakehouse.odsql.FieldType;
import fr.socle.lakehouse.query.GovernedQueries;
import fr.socle.lakehouse.query.PreparedSql;
import fr.socle.lakehouse.query.QueryException;
import fr.socle.lakehouse.query.QueryHandle;
import fr.socle.lakehouse.query.ResultSink;
import fr.socle.policies.access.Principals;
import fr.socle.policies.access.TableRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.Table;
import org.apache.iceberg.catalog.TableIdentifier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the open tier holds today: the {@code open} catalog's tables, listed through Trino as the public principal,
 * described with the internal catalogue's entry for the same domain and table ({@link Catalogue#findByTable}).
 * That pairing is an assumption of this first version: the promotion store, once merged, replaces it with the
 * published version's own metadata. Record counts and dates come from the open tier's Iceberg snapshot; export
 * files computed at publication are found under {@code <data-dir>/exports/<dataset id>/<dataset id>.<format>}.
 * The list is kept for a short while (it changes at publication only).
 */
final class OpenTierDatasets implements PublishedDatasets {
  private static final Logger log = LoggerFactory.getLogger(OpenTierDatasets.class);
  /** Columns of the lakehouse's geometry convention, shown as {@code geo_point_2d} and {@code geo_shape}. */
  private static final Set<String> GEO_COLUMNS =
      Set.of("geometry", "geo_lon", "geo_lat", "geo_xmin", "geo_ymin", "geo_xmax", "geo_ymax");
  static final List<String> EXPORT_FORMATS = List.of("csv", "json", "jsonl", "geojson", "parquet", "xlsx");

  private final GovernedQueries publicQueries;
  private final Catalogue catalogue;
  private final Tier openTier;
  private final Path exportsDir;
  private final Clock clock;
  private final Duration ttl;
  private final Map<String, String> checksums = new ConcurrentHashMap<>();
  private volatile Snapshot snapshot = new Snapshot(Map.of(), Instant.EPOCH);

  private record Snapshot(Map<String, PublishedDataset> byId, Instant loadedAt) {}

  OpenTierDatasets(GovernedQueries publicQueries, Catalogue catalogue, Tier openTier, Path exportsDir, Clock clock,
      Duration ttl) {
    this.publicQueries = publicQueries;
    this.catalogue = catalogue;
    this.openTier = openTier;
    this.exportsDir = exportsDir;
    this.clock = clock;
    this.ttl = ttl;
  }

  @Override
  public List<PublishedDataset> all() {
    return List.copyOf(current().byId().values());
  }

  @Override
  public Optional<PublishedDataset> find(String datasetId) {
    PublishedDataset found = current().byId().get(datasetId);
    if (found == null && clock.instant().isAfter(snapshot.loadedAt().plusSeconds(2))) {
      // a dataset published a moment ago: look again, at most every two seconds
      found = reload().byId().get(datasetId);
    }
    return Optional.ofNullable(found);
  }

  private Snapshot current() {
    Snapshot current = snapshot;
    if (clock.instant().isAfter(current.loadedAt().plus(ttl))) {
      return reload();
    }
    return current;
  }

  private synchronized Snapshot reload() {
    Snapshot current = snapshot;
    if (clock.instant().isBefore(current.loadedAt().plusSeconds(2))) {
      return current;
    }
    try {
      Snapshot loaded = new Snapshot(load(), clock.instant());
      snapshot = loaded;
      return loaded;
    } catch (QueryException | RuntimeException e) {
      log.warn("open tier listing failed, keeping the previous one: {}", e.getMessage());
      return current;
    }
  }

  private Map<String, PublishedDataset> load() throws QueryException {
    Map<TableRef, List<String[]>> tables = new LinkedHashMap<>();
    publicQueries.stream(Principals.PUBLIC_PORTAL, PreparedSql.of(
            "SELECT table_schema, table_name, column_name, data_type FROM open.information_schema.columns "
                + "WHERE table_schema <> 'information_schema' ORDER BY table_schema, table_name, ordinal_position"),
        GovernedQueries.Limits.of(100_000, Duration.ofSeconds(30)), new ResultSink() {
          @Override
          public void columns(List<ResultColumn> columns) {}

          @Override
          public void row(@Nullable Object[] values) {
            TableRef table = new TableRef("open", String.valueOf(values[0]), String.valueOf(values[1]));
            tables.computeIfAbsent(table, t -> new ArrayList<>())
                .add(new String[] {String.valueOf(values[2]), String.valueOf(values[3])});
          }
        }, new QueryHandle());
    Map<String, PublishedDataset> byId = new LinkedHashMap<>();
    tables.forEach((table, columns) -> {
      try {
        PublishedDataset dataset = describe(table, columns);
        byId.putIfAbsent(dataset.datasetId(), dataset);
      } catch (RuntimeException e) {
        log.warn("open table {} left out of the Explore API: {}", table, e.getMessage());
      }
    });
    return byId;
  }

  private PublishedDataset describe(TableRef table, List<String[]> columns) {
    Optional<Dataset> entry = catalogue.findByTable(table.schema(), table.table())
        .filter(d -> d.state() != DatasetState.DELETED);
    Map<String, DatasetColumn> documented = new LinkedHashMap<>();
    entry.ifPresent(d -> catalogue.columns(d.id()).forEach(c -> documented.put(c.name(), c)));
    Set<String> names = new java.util.HashSet<>();
    columns.forEach(c -> names.add(c[0]));

    List<PublishedDataset.Field> fields = new ArrayList<>();
    for (String[] column : columns) {
      String name = column[0];
      if (name.equals(PublishedDataset.RECORD_ID) || GEO_COLUMNS.contains(name)) {
        continue;
      }
      DatasetColumn doc = documented.get(name);
      String label = doc != null && doc.label() != null && !doc.label().isBlank() ? doc.label() : name;
      fields.add(new PublishedDataset.Field(name, label, FieldType.ofTrino(column[1]),
          doc == null ? null : doc.description(), name));
    }
    PublishedDataset.Geometry geometry = null;
    if (names.contains("geometry") && names.contains("geo_lon") && names.contains("geo_lat")) {
      geometry = new PublishedDataset.Geometry("geometry", "geo_lon", "geo_lat");
      fields.add(new PublishedDataset.Field("geo_point_2d", "Géolocalisation", FieldType.GEO_POINT_2D, null,
          "geo_lon"));
      fields.add(new PublishedDataset.Field("geo_shape", "Géométrie", FieldType.GEO_SHAPE, null, "geometry"));
    }

    String id = entry.map(Dataset::id).orElse(
        (table.schema() + "-" + table.table()).replace('_', '-').toLowerCase(Locale.ROOT));
    TableFacts facts = tableFacts(table);
    PublishedDataset.Metadata metadata = entry.map(d -> {
      Dataset.Metadata m = d.metadata();
      return new PublishedDataset.Metadata(m.title(), m.description(), m.theme(), m.keywords(), m.licence(),
          Licences.label(m.licence()), m.producerService(), facts.modified(), facts.records(), m.scdlSchema(),
          m.updateFrequency(), m.spatialCoverage(), m.temporalStart(), m.temporalEnd(), facts.version());
    }).orElseGet(() -> new PublishedDataset.Metadata(table.table(), "", null, List.of(), Licences.LICENCE_OUVERTE,
        Licences.label(Licences.LICENCE_OUVERTE), table.schema(), facts.modified(), facts.records(), null, null, null,
        null, null, facts.version()));
    return new PublishedDataset(id, table, metadata, fields, geometry, exports(id));
  }

  private record TableFacts(long records, @Nullable Instant modified, @Nullable String version) {}

  private TableFacts tableFacts(TableRef ref) {
    try {
      Table table = openTier.catalog().loadTable(TableIdentifier.of(ref.schema(), ref.table()));
      org.apache.iceberg.Snapshot current = table.currentSnapshot();
      if (current == null) {
        return new TableFacts(0, null, null);
      }
      String total = current.summary().get("total-records");
      return new TableFacts(total == null ? 0 : Long.parseLong(total), Instant.ofEpochMilli(current.timestampMillis()),
          Long.toString(current.snapshotId()));
    } catch (RuntimeException e) {
      log.debug("no Iceberg facts for {}: {}", ref, e.getMessage());
      return new TableFacts(0, null, null);
    }
  }

  /** Export files named after the dataset id, which is ours, never a request's text. */
  private List<PublishedDataset.PrecomputedExport> exports(String datasetId) {
    List<PublishedDataset.PrecomputedExport> exports = new ArrayList<>();
    Path dir = exportsDir.resolve(datasetId).normalize();
    if (!dir.startsWith(exportsDir) || !Files.isDirectory(dir)) {
      return exports;
    }
    for (String format : EXPORT_FORMATS) {
      Path file = dir.resolve(datasetId + "." + format);
      try {
        if (Files.isRegularFile(file) && !Files.isSymbolicLink(file)) {
          long size = Files.size(file);
          String key = file + ":" + size + ":" + Files.getLastModifiedTime(file).toMillis();
          String checksum = checksums.computeIfAbsent(key, k -> sha256(file));
          exports.add(new PublishedDataset.PrecomputedExport(format, file, size, checksum));
        }
      } catch (IOException e) {
        log.warn("export file {} unreadable: {}", file, e.getMessage());
      }
    }
    return exports;
  }

  private static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException | java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
  }
}
