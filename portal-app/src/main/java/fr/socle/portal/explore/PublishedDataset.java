package fr.socle.portal.explore;

import static java.util.Objects.requireNonNull;

import fr.socle.lakehouse.odsql.FieldType;
import fr.socle.lakehouse.odsql.OdsqlField;
import fr.socle.lakehouse.odsql.OdsqlSchema;
import fr.socle.lakehouse.promotion.ExportFile;
import fr.socle.portal.system.DateFormats;
import fr.socle.policies.access.TableRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A dataset of the open tier as the Explore API shows it: its stable id, the Iceberg table that holds its rows
 * ({@code open.<domain>.<table>}, with a {@code record_id} column), its public metadata, its fields with their ODS
 * types, its geometry when it has one, and the version's Parquet export (its data file, which a local replica is
 * made from).
 */
public record PublishedDataset(
    String datasetId,
    TableRef openTable,
    Metadata metadata,
    List<Field> fields,
    @Nullable Geometry geometry,
    @Nullable ExportFile parquet) {

  public PublishedDataset {
    requireNonNull(datasetId, "datasetId");
    requireNonNull(openTable, "openTable");
    requireNonNull(metadata, "metadata");
    fields = List.copyOf(fields);
  }

  /** A dataset without a Parquet export (nothing to replicate locally: every read through Trino). */
  public PublishedDataset(String datasetId, TableRef openTable, Metadata metadata, List<Field> fields,
      @Nullable Geometry geometry) {
    this(datasetId, openTable, metadata, fields, geometry, null);
  }

  /** The column holding record ids, the default order of records. */
  public static final String RECORD_ID = "record_id";

  public record Metadata(
      String title,
      String description,
      @Nullable String theme,
      List<String> keywords,
      String licence,
      String licenceLabel,
      String publisher,
      @Nullable Instant modified,
      long recordsCount,
      @Nullable String scdlSchema,
      @Nullable String updateFrequency,
      @Nullable String spatialCoverage,
      @Nullable LocalDate temporalStart,
      @Nullable LocalDate temporalEnd,
      @Nullable String version) {

    public Metadata {
      requireNonNull(title, "title");
      requireNonNull(description, "description");
      keywords = List.copyOf(keywords);
      requireNonNull(licence, "licence");
      requireNonNull(licenceLabel, "licenceLabel");
      requireNonNull(publisher, "publisher");
    }
  }

  /** A field: public name, label (the original header), ODS type, description, and its column in the table. */
  public record Field(String name, String label, FieldType type, @Nullable String description, String column) {
    public Field {
      requireNonNull(name, "name");
      requireNonNull(label, "label");
      requireNonNull(type, "type");
      requireNonNull(column, "column");
    }
  }

  /**
   * Where the rows are: the lakehouse's WKB geometry with the longitude and latitude of its representative point,
   * or (no {@code wkbColumn}, no {@code geo_shape}) the dataset's own longitude and latitude columns.
   */
  public record Geometry(@Nullable String wkbColumn, String longitudeColumn, String latitudeColumn) {
    public boolean hasShape() {
      return wkbColumn != null;
    }
  }

  public Optional<Field> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** What ODSQL may name in this dataset. */
  public OdsqlSchema odsqlSchema() {
    List<OdsqlField> odsql = fields.stream().map(f -> new OdsqlField(f.name(), f.type(), f.column())).toList();
    OdsqlSchema.Geo geo = geometry == null ? null
        : new OdsqlSchema.Geo(geometry.wkbColumn(), geometry.longitudeColumn(), geometry.latitudeColumn());
    return new OdsqlSchema(openTable.catalog(), openTable.schema(), openTable.table(), odsql, RECORD_ID, geo,
        DateFormats.ZONE);
  }
}
