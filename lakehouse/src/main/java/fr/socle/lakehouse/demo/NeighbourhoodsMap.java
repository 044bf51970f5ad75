package fr.socle.lakehouse.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.LongConsumer;

/** The town's neighbourhoods as polygons in Lambert-93, with their population: what a GIS department exports. */
final class NeighbourhoodsMap implements DemoTable {
  private static final List<Column> COLUMNS = List.of(
      new Column("code_quartier", "Code du quartier (Q01 à Q08)."),
      new Column("nom_quartier", "Nom du quartier."),
      new Column("population", "Population municipale estimée du quartier."),
      new Column("logements", "Nombre de logements."),
      new Column("superficie_ha", "Superficie en hectares."),
      new Column("densite_hab_km2", "Densité de population, en habitants par km²."));

  private final Town town;
  private final DemoDataset dataset;

  NeighbourhoodsMap(Town town) {
    this.town = town;
    this.dataset = DatasetBuilder.dataset("quartiers")
        .table("urbanisme", "quartiers")
        .title("Quartiers de la ville")
        .description("Les huit quartiers de Valmont-sur-Loire, du centre-ville aux bords de Loire et aux terres "
            + "agricoles de La Varenne : contour, population, logements, superficie et densité. Fichier GeoJSON "
            + "exporté du SIG de la ville en Lambert-93 (EPSG:2154), avec le membre « crs » qui le déclare : à "
            + "reprojeter en WGS84 pour le web.")
        .producer("urbanisme", "bruno")
        .theme("Régions et villes", "quartiers", "découpage", "population", "SIG")
        .licence("odbl-1.0")
        .updated("irregular")
        .covering(null, Town.EXTRACTION_DATE)
        .geoJson("quartiers.geojson", "EPSG:2154")
        .intended(IntendedCase.COMMUNICABLE,
            "L312-1-1 : données géographiques de référence, sans donnée personnelle ; les populations par quartier "
                + "sont des agrégats de plusieurs milliers d'habitants.")
        .columns(COLUMNS)
        .rows(town.quartiers().size())
        .build();
  }

  @Override
  public DemoDataset dataset() {
    return dataset;
  }

  @Override
  public long write(OutputStream out, LongConsumer progress) throws IOException {
    try (GeoJsonOutput geo = new GeoJsonOutput(out, "quartiers", "2154", Town.FRAME::lambert93, 2)) {
      for (Quartier q : town.quartiers()) {
        double km2 = q.area().getArea() / 1e6;
        geo.feature().property("code_quartier", q.code()).property("nom_quartier", q.name())
            .property("population", q.population()).property("logements", q.dwellings())
            .scaledProperty("superficie_ha", Math.round(km2 * 100 * 10), 1)
            .property("densite_hab_km2", Math.round(q.population() / km2))
            .polygon(q.area());
      }
    }
    return town.quartiers().size();
  }
}
