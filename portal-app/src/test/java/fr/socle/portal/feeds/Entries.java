package fr.socle.portal.feeds;

import fr.socle.portal.publicsite.SiteSettings;
import fr.socle.lakehouse.odsql.FieldType;
import fr.socle.lakehouse.promotion.ExportFile;
import fr.socle.lakehouse.promotion.PublishedDataset.Reason;
import fr.socle.portal.explore.PublishedDataset;
import fr.socle.policies.access.TableRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Catalogue entries for the feeds' tests. */
final class Entries {
  static final Instant FIRST = Instant.parse("2026-03-01T09:00:00Z");
  static final Instant SECOND = Instant.parse("2026-06-15T14:30:00Z");
  static final SiteSettings SETTINGS = settings("", "Commune de Valmont-sur-Loire", "donnees@valmont-sur-loire.fr");
  static final Site SITE = new Site("https://data.valmont.example", SETTINGS);

  private Entries() {}

  /** The site's settings with the demo town's legal details and the given base URL, publisher and e-mail. */
  static SiteSettings settings(String baseUrl, String publisher, String email) {
    return new SiteSettings(publisher, "Hôtel de ville", "02 38 00 00 00", email, "Le maire", "Direction du numérique",
        "Hôtel de ville", "dpo@valmont.example", "accessibilite@valmont.example", java.time.LocalDate.of(2026, 11, 16),
        180, baseUrl, "21370299600017", "Communale", 120);
  }

  /** Version 2 of public facilities with a geometry: four files, SCDL schema, theme, coverage, keywords. */
  static CatalogueEntry.Published equipements() {
    PublishedDataset.Metadata metadata = new PublishedDataset.Metadata("Équipements publics",
        "Les équipements collectifs de la ville, « avec » des <caractères> & des accents.", "Régions et villes",
        List.of("équipements", "Sport;loisirs"), "etalab-2.0", "Licence Ouverte / Open Licence 2.0", "urbanisme",
        SECOND, 62, "scdl-equipements", "irregular", "Commune de Valmont-sur-Loire (code INSEE 37299)",
        LocalDate.of(2024, 1, 1), null, "2");
    PublishedDataset dataset = new PublishedDataset("equipements-publics",
        new TableRef("open", "culture", "equipements"), metadata,
        List.of(new PublishedDataset.Field("nom", "Nom", FieldType.TEXT, null, "nom")),
        new PublishedDataset.Geometry("geometry", "geo_lon", "geo_lat"));
    return new CatalogueEntry.Published(dataset, 2, FIRST, SECOND, List.of(
        file(ExportFile.Format.CSV, 12_345), file(ExportFile.Format.JSON, 23_456),
        file(ExportFile.Format.GEOJSON, 34_567), file(ExportFile.Format.PARQUET, 4_567)));
  }

  /** ODbL, a theme no EU theme matches, no coverage, no keyword, French frequency, no geometry. */
  static CatalogueEntry.Published quartiers() {
    PublishedDataset.Metadata metadata = new PublishedDataset.Metadata("Quartiers", "Les quartiers.", "Vie associative",
        List.of(), "odbl-1.0", "Open Database License (ODbL) 1.0", "urbanisme", FIRST, 8, null, "annuelle", null,
        null, null, "1");
    PublishedDataset dataset = new PublishedDataset("quartiers", new TableRef("open", "urbanisme", "quartiers"),
        metadata, List.of(), null);
    return new CatalogueEntry.Published(dataset, 1, FIRST, FIRST, List.of(file(ExportFile.Format.CSV, 800),
        file(ExportFile.Format.JSON, 900), file(ExportFile.Format.PARQUET, 700)));
  }

  static CatalogueEntry.Withdrawn retracted() {
    return new CatalogueEntry.Withdrawn("signalements", "Jeu de données retiré (signalements)", FIRST, SECOND,
        Reason.LEAK);
  }

  static List<CatalogueEntry> all() {
    return List.of(equipements(), quartiers(), retracted());
  }

  private static ExportFile file(ExportFile.Format format, long bytes) {
    return new ExportFile(format, "s3://open/exports/" + format.code(), bytes,
        "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08", 62);
  }
}
