package fr.socle.lakehouse.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * The working document of the consultancy revising the local urban plan (PLU): cadastral parcels of the two
 * sectors under study with their current zone, the zone proposed and an estimated land value. A preparatory
 * document until the council adopts the draft plan; Lambert-93 polygons, as cadastral data come.
 */
final class PluRevisionStudy implements DemoTable {
  /** The council session planned to adopt the draft revised plan (arrêt du projet). */
  static final LocalDate PLANNED_VOTE = LocalDate.of(2027, 3, 25);

  private static final List<Column> COLUMNS = List.of(
      new Column("id_parcelle", "Identifiant cadastral de la parcelle (INSEE, préfixe, section, numéro)."),
      new Column("section", "Section cadastrale."),
      new Column("numero", "Numéro de parcelle dans la section."),
      new Column("contenance_m2", "Surface de la parcelle en m²."),
      new Column("secteur", "Secteur d'étude de la révision du PLU."),
      new Column("zone_actuelle", "Zone du PLU en vigueur (A agricole, N naturelle, 2AU à urbaniser à long terme)."),
      new Column("zone_projetee", "Zone proposée par l'étude (1AUh habitat, 1AUe activités, UB, A, N)."),
      new Column("evolution", "Évolution proposée du classement."),
      new Column("emplacement_reserve", "Emplacement réservé envisagé sur la parcelle, le cas échéant."),
      new Column("type_proprietaire", "Catégorie de propriétaire (sans nom) : personne physique, indivision, SCI, "
          + "exploitant agricole, commune."),
      new Column("valeur_estimee_eur_m2", "Valeur vénale estimée après reclassement, en euros par m²."),
      new Column("statut", "Statut du document."),
      new Column("version", "Version de l'étude."));

  private record Parcel(
      String section, int number, Polygon area, String sector, String current, String proposed,
      @Nullable String reserved, String owner, long valuePerM2) {}

  private final Town town;
  private final List<Parcel> parcels;
  private final DemoDataset dataset;

  PluRevisionStudy(Town town, long seed) {
    this.town = town;
    this.parcels = generate(town, DemoRandom.stream(seed, "plu"));
    this.dataset = DatasetBuilder.dataset("etude-revision-plu")
        .table("urbanisme", "etude_revision_plu")
        .title("Étude de zonage pour la révision générale du PLU (document préparatoire)")
        .description("Document de travail du bureau d'études chargé de la révision générale du plan local "
            + "d'urbanisme : les parcelles cadastrales des secteurs de La Varenne Est et des Grands Champs Nord, "
            + "avec leur zone actuelle, la zone proposée (ouverture à l'urbanisation, classement en zone "
            + "naturelle), les emplacements réservés envisagés et une estimation de la valeur vénale après "
            + "reclassement. Version de travail soumise aux ateliers avec les élus ; le projet de PLU doit être "
            + "arrêté par le conseil municipal le 25 mars 2027. Polygones en Lambert-93 (EPSG:2154).")
        .producer("urbanisme", "bruno")
        .theme("Régions et villes", "urbanisme", "PLU", "zonage", "cadastre", "révision")
        .updated("irregular")
        .covering(LocalDate.of(2025, 9, 1), Town.EXTRACTION_DATE)
        .geoJson("etude-revision-plu.geojson", "EPSG:2154")
        .intended(IntendedCase.DEFERRED,
            "L311-2 : document préparatoire d'une décision en cours d'élaboration (révision du PLU), non "
                + "communicable tant que le conseil municipal n'a pas arrêté le projet (séance prévue le "
                + "25/03/2027) ; sa diffusion anticipée nourrirait la spéculation foncière. Communicable à cette "
                + "date, sans la colonne des valeurs estimées (avis des Domaines, secret des affaires des "
                + "propriétaires).")
        .communicableFrom(PLANNED_VOTE)
        .columns(COLUMNS)
        .rows(parcels.size())
        .build();
  }

  @Override
  public DemoDataset dataset() {
    return dataset;
  }

  @Override
  public long write(OutputStream out, LongConsumer progress) throws IOException {
    try (GeoJsonOutput geo = new GeoJsonOutput(out, "etude_revision_plu", "2154", Town.FRAME::lambert93, 2)) {
      for (Parcel p : parcels) {
        String number = String.format(Locale.ROOT, "%04d", p.number());
        geo.feature().property("id_parcelle", Town.INSEE_CODE + "000" + p.section() + number)
            .property("section", p.section()).property("numero", number)
            .property("contenance_m2", Math.round(p.area().getArea())).property("secteur", p.sector())
            .property("zone_actuelle", p.current()).property("zone_projetee", p.proposed())
            .property("evolution", evolution(p.current(), p.proposed()))
            .property("emplacement_reserve", p.reserved()).property("type_proprietaire", p.owner())
            .property("valeur_estimee_eur_m2", p.valuePerM2())
            .property("statut", "document préparatoire - ne pas diffuser")
            .property("version", "v3 - atelier élus du 8 octobre 2026")
            .polygon(p.area());
      }
    }
    return parcels.size();
  }

  private static String evolution(String current, String proposed) {
    if (current.equals(proposed)) {
      return "maintien";
    }
    if (proposed.startsWith("1AU") || proposed.startsWith("U")) {
      return "ouverture à l'urbanisation";
    }
    return proposed.equals("N") ? "classement en zone naturelle" : "retour en zone agricole";
  }

  private static List<Parcel> generate(Town town, DemoRandom random) {
    List<Parcel> parcels = new ArrayList<>();
    sector(town, random, parcels, 3, "La Varenne Est", new String[] {"ZA", "ZB"}, "A");
    sector(town, random, parcels, 4, "Grands Champs Nord", new String[] {"ZC", "ZD"}, "2AU");
    return List.copyOf(parcels);
  }

  /** Strips of parcels of random widths, slightly rotated, cut by the neighbourhood's outline. */
  private static void sector(Town town, DemoRandom random, List<Parcel> parcels, int quartier, String name,
      String[] sections, String currentZone) {
    double[] centre = town.quartierCentre(quartier);
    double originX = centre[0] - 550;
    double originY = centre[1] - 450;
    double angle = random.between(-0.25, 0.25);
    double cos = StrictMath.cos(angle);
    double sin = StrictMath.sin(angle);
    Polygon outline = town.quartiers().get(quartier).area();
    int[] numbers = {random.between(10, 60), random.between(10, 60)};
    for (double v = 0; v < 900; ) {
      double depth = random.between(80, 140);
      for (double u = 0; u < 1100; ) {
        double width = random.between(35, 110);
        Coordinate[] ring = new Coordinate[5];
        double[][] corners = {{u, v}, {u + width, v}, {u + width, v + depth}, {u, v + depth}, {u, v}};
        for (int k = 0; k < 5; k++) {
          double x = originX + corners[k][0] * cos - corners[k][1] * sin;
          double y = originY + corners[k][0] * sin + corners[k][1] * cos;
          ring[k] = new Coordinate(Math.round(x * 100) / 100.0, Math.round(y * 100) / 100.0);
        }
        Geometry cut = Town.plane().createPolygon(ring).intersection(outline);
        if (cut instanceof Polygon polygon && polygon.getArea() > 800) {
          int s = v < 450 ? 0 : 1;
          boolean nearTown = u < 500;
          String proposed = proposedZone(random, currentZone, nearTown);
          boolean opened = proposed.startsWith("1AU") || proposed.startsWith("U");
          String reserved = random.chance(0.06)
              ? random.pick("ER 7 - élargissement de la route de Tours", "ER 12 - bassin de rétention des eaux "
                  + "pluviales", "ER 15 - liaison douce vers le groupe scolaire Simone Veil") : null;
          parcels.add(new Parcel(sections[s], numbers[s]++, polygon, name, currentZone, proposed, reserved,
              random.pick("personne physique", "personne physique", "personne physique", "indivision",
                  "exploitant agricole", "SCI", "commune"),
              opened ? random.between(85, 140) : random.between(2, 9)));
        }
        u += width;
      }
      v += depth;
    }
  }

  private static String proposedZone(DemoRandom random, String current, boolean nearTown) {
    double roll = random.nextDouble();
    if (current.equals("A")) {
      return nearTown && roll < 0.45 ? "1AUh" : roll < 0.8 ? "A" : "N";
    }
    return roll < 0.5 ? "1AUh" : roll < 0.7 ? "1AUe" : roll < 0.8 ? "UB" : "N";
  }
}
