package fr.socle.lakehouse.catalog;

import static java.util.Objects.requireNonNull;

import fr.socle.policies.access.Visibility;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.iceberg.catalog.Namespace;
import org.apache.iceberg.catalog.TableIdentifier;
import org.jspecify.annotations.Nullable;

/** A dataset of the catalogue. Its {@code id} never changes; its table may be renamed. */
public record Dataset(
    String id,
    String domain,
    String tableName,
    Metadata metadata,
    Visibility visibility,
    boolean discoverableByPartners,
    DatasetState state,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy,
    int version) {

  public Dataset {
    requireNonNull(id, "id");
    requireNonNull(domain, "domain");
    requireNonNull(tableName, "tableName");
    requireNonNull(metadata, "metadata");
    requireNonNull(visibility, "visibility");
    requireNonNull(state, "state");
  }

  public TableIdentifier tableIdentifier() {
    return TableIdentifier.of(Namespace.of(domain), tableName);
  }

  /** {@code internal.domain.table}, as Trino names it. */
  public String trinoName() {
    return "internal." + domain + "." + tableName;
  }

  /** What a steward describes and may edit. */
  public record Metadata(
      String title,
      String description,
      String producerService,
      String steward,
      @Nullable String theme,
      List<String> keywords,
      String licence,
      @Nullable String updateFrequency,
      @Nullable String spatialCoverage,
      @Nullable LocalDate temporalStart,
      @Nullable LocalDate temporalEnd,
      @Nullable String scdlSchema) {

    public Metadata {
      requireNonNull(title, "title");
      requireNonNull(description, "description");
      requireNonNull(producerService, "producerService");
      requireNonNull(steward, "steward");
      requireNonNull(licence, "licence");
      keywords = List.copyOf(keywords);
      if (title.isBlank() || title.length() > 300) {
        throw new CatalogException(CatalogException.Code.INVALID_METADATA, "le titre est obligatoire (300 caractères au plus)");
      }
      if (temporalStart != null && temporalEnd != null && temporalEnd.isBefore(temporalStart)) {
        throw new CatalogException(CatalogException.Code.INVALID_METADATA, "la fin de la couverture temporelle précède son début");
      }
      if (!Licences.KNOWN.contains(licence)) {
        throw new CatalogException(CatalogException.Code.INVALID_METADATA, "licence inconnue : " + licence);
      }
    }
  }
}
