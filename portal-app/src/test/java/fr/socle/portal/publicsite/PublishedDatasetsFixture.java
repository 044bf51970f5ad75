package fr.socle.portal.publicsite;

import fr.socle.lakehouse.odsql.FieldType;
import fr.socle.policies.access.TableRef;
import fr.socle.portal.explore.PublishedDataset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Published datasets for the public site's tests, built field by field. */
final class PublishedDatasetsFixture {
  private String id = "budget";
  private String title = "Budget primitif";
  private String description = "Le budget voté";
  private @Nullable String theme = "Économie et finances";
  private List<String> keywords = List.of("budget");
  private String licence = "etalab-2.0";
  private String licenceLabel = "Licence Ouverte / Open Licence 2.0";
  private String publisher = "finances";
  private Instant modified = Instant.parse("2026-11-01T10:00:00Z");
  private @Nullable String schema = "scdl-budget";
  private boolean geo;
  private final List<PublishedDataset.Field> fields = new ArrayList<>(List.of(
      new PublishedDataset.Field("nom", "Nom", FieldType.TEXT, "Le nom", "nom"),
      new PublishedDataset.Field("montant", "Montant", FieldType.DOUBLE, null, "montant"),
      new PublishedDataset.Field("nb", "Nombre", FieldType.INT, null, "nb"),
      new PublishedDataset.Field("jour", "Jour", FieldType.DATE, null, "jour")));

  static PublishedDatasetsFixture aDataset(String id) {
    PublishedDatasetsFixture fixture = new PublishedDatasetsFixture();
    fixture.id = id;
    return fixture;
  }

  PublishedDatasetsFixture titled(String value) {
    title = value;
    return this;
  }

  PublishedDatasetsFixture described(String value) {
    description = value;
    return this;
  }

  PublishedDatasetsFixture theme(@Nullable String value) {
    theme = value;
    return this;
  }

  PublishedDatasetsFixture keywords(String... values) {
    keywords = List.of(values);
    return this;
  }

  PublishedDatasetsFixture odbl() {
    licence = "odbl-1.0";
    licenceLabel = "Open Database License (ODbL) 1.0";
    return this;
  }

  PublishedDatasetsFixture publisher(String value) {
    publisher = value;
    return this;
  }

  PublishedDatasetsFixture modified(String instant) {
    modified = Instant.parse(instant);
    return this;
  }

  PublishedDatasetsFixture schema(@Nullable String value) {
    schema = value;
    return this;
  }

  PublishedDatasetsFixture withGeometry() {
    geo = true;
    return this;
  }

  /** A column more, as the aggregates Socle publishes have their count ({@code nombre}). */
  PublishedDatasetsFixture withField(String name, FieldType type) {
    fields.add(new PublishedDataset.Field(name, name, type, null, name));
    return this;
  }

  PublishedDataset build() {
    List<PublishedDataset.Field> all = new ArrayList<>(fields);
    PublishedDataset.Geometry geometry = null;
    if (geo) {
      geometry = new PublishedDataset.Geometry("geometry", "geo_lon", "geo_lat");
      all.add(new PublishedDataset.Field("geo_point_2d", "Géolocalisation", FieldType.GEO_POINT_2D, null, "geo_lon"));
      all.add(new PublishedDataset.Field("geo_shape", "Géométrie", FieldType.GEO_SHAPE, null, "geometry"));
    }
    return new PublishedDataset(id, new TableRef("open", "finances", id.replace('-', '_')),
        new PublishedDataset.Metadata(title, description, theme, keywords, licence, licenceLabel, publisher, modified,
            120, schema, "annuelle", null, null, null, "2"), all, geometry);
  }
}
