package fr.socle.portal.explore;

import fr.socle.lakehouse.catalog.Catalogue;
import fr.socle.lakehouse.catalog.Dataset;
import fr.socle.lakehouse.catalog.DatasetColumn;
import fr.socle.lakehouse.catalog.Licences;
import fr.socle.lakehouse.iceberg.Tier;
import fr.socle.lakehouse.odsql.FieldType;
import fr.socle.lakehouse.promotion.ExportFile;
import fr.socle.lakehouse.promotion.PointColumns;
import fr.socle.lakehouse.promotion.Publication;
import fr.socle.lakehouse.promotion.PublishedVersion;
import fr.socle.lakehouse.promotion.Publications;
import fr.socle.policies.access.TableRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.iceberg.Schema;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.types.Type;
import org.apache.iceberg.types.Types;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the public may see: the publications the promotion engine committed and has not retracted, each with its
 * current version (rows, date, precomputed exports), its fields as the open table's schema has them, documented
 * by the source dataset's catalogue entry. A retraction shows at once: the descriptions are read again after a
 * short while, but {@link #find} always checks the publication's state and {@link #all} which ones are public.
 */
final class PublicationCatalog implements PublishedDatasets {
  private static final Logger log = LoggerFactory.getLogger(PublicationCatalog.class);
  /** Columns of the lakehouse's geometry convention, shown as {@code geo_point_2d} and {@code geo_shape}. */
  private static final Set<String> GEO_COLUMNS =
      Set.of("geometry", "geo_lon", "geo_lat", "geo_xmin", "geo_ymin", "geo_xmax", "geo_ymax");

  private final Publications publications;
  /** The publication's row, read once for the calls that ask for it at the same time, never before they asked. */
  private final FreshReads<String, Optional<fr.socle.lakehouse.promotion.PublishedDataset>> states;
  private final Catalogue catalogue;
  private final Tier openTier;
  private final Clock clock;
  private final Duration ttl;
  private volatile Loaded loaded = new Loaded(Map.of(), Instant.EPOCH);

  private record Loaded(Map<String, PublishedDataset> byId, Instant at) {}

  PublicationCatalog(Publications publications, Catalogue catalogue, Tier openTier, Clock clock, Duration ttl) {
    this.publications = publications;
    this.states = new FreshReads<>(publications::find);
    this.catalogue = catalogue;
    this.openTier = openTier;
    this.clock = clock;
    this.ttl = ttl;
  }

  @Override
  public List<PublishedDataset> all() {
    // the descriptions may be a minute old, but a retraction leaves the listings at once: one read of who is public
    Set<String> live = publications.publicIds();
    return current().byId().values().stream().filter(d -> live.contains(d.datasetId())).toList();
  }

  @Override
  public Optional<PublishedDataset> find(String datasetId) {
    // The publication's row read after the call began: a retraction or a new version shows at once, on every replica.
    fr.socle.lakehouse.promotion.PublishedDataset state = states.read(datasetId).orElse(null);
    if (state == null || !state.isPublic() || state.currentVersion() == null) {
      return Optional.empty();
    }
    String version = state.currentVersion().toString();
    PublishedDataset found = current().byId().get(datasetId);
    if (found == null || !found.metadata().version().equals(version)) {
      found = reload().byId().get(datasetId);
    }
    return Optional.ofNullable(found);
  }

  private Loaded current() {
    Loaded current = loaded;
    return clock.instant().isAfter(current.at().plus(ttl)) ? reload() : current;
  }

  private synchronized Loaded reload() {
    Map<String, PublishedDataset> byId = new LinkedHashMap<>();
    for (fr.socle.lakehouse.promotion.PublishedDataset publication : publications.all()) {
      if (!publication.isPublic() || publication.currentVersion() == null) {
        continue;
      }
      try {
        byId.put(publication.id(), describe(publication));
      } catch (RuntimeException e) {
        log.warn("publication {} left out of the public catalogue: {}", publication.id(), e.getMessage());
      }
    }
    Loaded fresh = new Loaded(Map.copyOf(byId), clock.instant());
    loaded = fresh;
    return fresh;
  }

  /**
   * What the public reads of a column: the steward's description when it was published as it is; when the plan
   * transformed it, what was done (the promotion writes it after « — » in the open column's documentation), not
   * a description of the raw values (« position GPS précise », « peut contenir des noms ») that are not there.
   */
  static @Nullable String publicDescription(@Nullable DatasetColumn documented, @Nullable String openDoc) {
    int mark = openDoc == null ? -1 : openDoc.lastIndexOf(" — ");
    if (mark >= 0) {
      return "Transformée avant publication : " + openDoc.substring(mark + 3) + ".";
    }
    return documented == null ? null : documented.description();
  }

  private PublishedDataset describe(fr.socle.lakehouse.promotion.PublishedDataset publication) {
    PublishedVersion version = publications.version(publication.id(), publication.currentVersion())
        .orElseThrow(() -> new IllegalStateException("version " + publication.currentVersion() + " missing"));
    Dataset source = catalogue.get(publication.sourceDatasetId());
    Map<String, DatasetColumn> documented = new LinkedHashMap<>();
    catalogue.columns(source.id()).forEach(c -> documented.put(c.name(), c));
    Schema schema = openTier.catalog()
        .loadTable(TableIdentifier.of(publication.openNamespace(), publication.openTable())).schema();

    List<PublishedDataset.Field> fields = new ArrayList<>();
    Set<String> names = new java.util.HashSet<>();
    List<String> doubles = new ArrayList<>();
    for (Types.NestedField column : schema.columns()) {
      String name = column.name();
      names.add(name);
      if (name.equals(PublishedDataset.RECORD_ID) || GEO_COLUMNS.contains(name)) {
        continue;
      }
      if (column.type().typeId() == Type.TypeID.DOUBLE) {
        doubles.add(name);
      }
      DatasetColumn doc = documented.get(name);
      String label = doc != null && doc.label() != null && !doc.label().isBlank() ? doc.label() : name;
      fields.add(new PublishedDataset.Field(name, label, FieldType.ofTrino(trinoType(column.type())),
          publicDescription(doc, column.doc()), name));
    }
    PublishedDataset.Geometry geometry;
    if (names.contains("geometry") && names.contains("geo_lon") && names.contains("geo_lat")) {
      geometry = new PublishedDataset.Geometry("geometry", "geo_lon", "geo_lat");
    } else {
      geometry = PointColumns.find(doubles, c -> true, 0)
          .map(p -> new PublishedDataset.Geometry(null, doubles.get(p.longitude()), doubles.get(p.latitude())))
          .orElse(null);
    }
    if (geometry != null) {
      fields.add(new PublishedDataset.Field("geo_point_2d", "Géolocalisation", FieldType.GEO_POINT_2D, null,
          geometry.longitudeColumn()));
      if (geometry.hasShape()) {
        fields.add(new PublishedDataset.Field("geo_shape", "Géométrie", FieldType.GEO_SHAPE, null, "geometry"));
      }
    }
    Dataset.Metadata m = source.metadata();
    boolean aggregate = publication.kind() == Publication.Kind.DERIVED_AGGREGATE;
    PublishedDataset.Metadata metadata = new PublishedDataset.Metadata(
        aggregate ? m.title() + " (données agrégées)" : m.title(),
        aggregate ? "Agrégat publiable du jeu « " + m.title() + " », dont les lignes ne sont communicables qu'aux "
            + "personnes concernées. " + m.description() : m.description(),
        m.theme(), m.keywords(), m.licence(), Licences.label(m.licence()), m.producerService(),
        version.publishedAt(), version.rows(), aggregate ? null : m.scdlSchema(), m.updateFrequency(),
        m.spatialCoverage(), m.temporalStart(), m.temporalEnd(), Integer.toString(version.version()));
    ExportFile parquet = version.exports().stream()
        .filter(e -> e.format() == ExportFile.Format.PARQUET).findFirst().orElse(null);
    return new PublishedDataset(publication.id(),
        new TableRef("open", publication.openNamespace(), publication.openTable()), metadata, fields, geometry,
        parquet);
  }

  private static String trinoType(Type type) {
    return switch (type.typeId()) {
      case BOOLEAN -> "boolean";
      case INTEGER -> "integer";
      case LONG -> "bigint";
      case FLOAT -> "real";
      case DOUBLE -> "double";
      case DATE -> "date";
      case TIMESTAMP -> "timestamp(6)";
      case STRING -> "varchar";
      case DECIMAL -> "decimal";
      default -> "varbinary";
    };
  }
}
