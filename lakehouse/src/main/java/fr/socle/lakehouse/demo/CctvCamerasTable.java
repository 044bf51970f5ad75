package fr.socle.lakehouse.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * The video-protection cameras of the municipal police: precise position, type, field of view and installation
 * date. Exported from the urban supervision centre's spreadsheet (UTF-8 with BOM, French dates, decimal commas
 * even in coordinates).
 */
final class CctvCamerasTable implements DemoTable {
  private static final CsvDialect DIALECT =
      new CsvDialect(StandardCharsets.UTF_8, true, ';', ',', "dd/MM/yyyy", "\r\n");

  private static final List<Column> COLUMNS = List.of(
      new Column("identifiant", "Identifiant de la caméra au centre de supervision urbain."),
      new Column("localisation", "Description de l'emplacement."),
      new Column("quartier", "Quartier."),
      new Column("latitude", "Latitude WGS84 de la caméra (virgule décimale)."),
      new Column("longitude", "Longitude WGS84 de la caméra (virgule décimale)."),
      new Column("type_camera", "Type : fixe, dôme motorisé, lecture automatisée de plaques, nomade."),
      new Column("champ_vision", "Ce que filme la caméra."),
      new Column("date_installation", "Date de mise en service."),
      new Column("autorisation_prefectorale", "Référence de l'arrêté préfectoral d'autorisation du périmètre."),
      new Column("duree_conservation_jours", "Durée de conservation des images, en jours."),
      new Column("raccordement_csu", "Raccordée au centre de supervision urbain (oui/non)."));

  private record Camera(
      String id, String location, String quartier, double x, double y, String type, String view, LocalDate installed,
      String authorisation, int retentionDays, boolean supervised) {}

  private final List<Camera> cameras;
  private final DemoDataset dataset;

  CctvCamerasTable(Town town, Facilities facilities, long seed) {
    this.cameras = generate(town, facilities, DemoRandom.stream(seed, "cameras"));
    this.dataset = DatasetBuilder.dataset("cameras-videoprotection")
        .table("police_municipale", "cameras_videoprotection")
        .title("Caméras de vidéoprotection")
        .description("Inventaire des caméras de vidéoprotection de la voie publique et des abords des équipements "
            + "municipaux, tenu par la police municipale : emplacement précis, coordonnées, type (fixe, dôme "
            + "motorisé, lecture de plaques), champ de vision, date de mise en service, arrêté préfectoral "
            + "d'autorisation et raccordement au centre de supervision urbain. Tableau tenu par le centre de "
            + "supervision urbain, exporté en CSV UTF-8 avec des dates jj/mm/aaaa et des virgules décimales jusque "
            + "dans les coordonnées.")
        .producer("police-municipale", "dora")
        .theme("Justice, système juridique et sécurité publique", "vidéoprotection", "sécurité", "police municipale")
        .updated("irregular")
        .covering(LocalDate.of(2012, 1, 1), Town.EXTRACTION_DATE)
        .csv("cameras-videoprotection.csv", DIALECT)
        .intended(IntendedCase.NOT_COMMUNICABLE,
            "L311-5 2° d : la communication de l'emplacement précis, du type et du champ de vision des caméras "
                + "porterait atteinte à la sécurité publique et à la sécurité des personnes ; seuls les périmètres "
                + "vidéoprotégés figurent dans les arrêtés préfectoraux publiés.")
        .columns(COLUMNS)
        .rows(cameras.size())
        .build();
  }

  @Override
  public DemoDataset dataset() {
    return dataset;
  }

  @Override
  public long write(OutputStream out, LongConsumer progress) throws IOException {
    return CsvOutput.table(out, DIALECT, COLUMNS, cameras, (csv, c) -> {
      csv.text(c.id()).text(c.location()).text(c.quartier())
          .scaled(Town.FRAME.microLatitude(c.y()), 6).scaled(Town.FRAME.microLongitude(c.x()), 6)
          .text(c.type()).text(c.view()).date(c.installed()).text(c.authorisation()).integer(c.retentionDays())
          .text(c.supervised() ? "oui" : "non");
    });
  }

  private static List<Camera> generate(Town town, Facilities facilities, DemoRandom random) {
    String[] watched = {"Hôtel de ville", "Gare routière de Valmont-sur-Loire", "Parking relais de la Gare",
        "Parking du Château", "Halles du marché couvert", "Centre aquatique Les Ondines", "Gymnase Jean Moulin",
        "Stade municipal Pierre de Coubertin", "Halle des sports Suzanne Lenglen", "Médiathèque Paul-Louis Courier",
        "Espace culturel Jacques Brel", "Maison de quartier Louise Michel", "Centre social Nelson Mandela",
        "Skatepark de la Croix-Blanche", "Groupe scolaire Simone Veil", "École élémentaire Jules Ferry",
        "Poste de police municipale", "Base nautique de la Loire", "Cimetière communal", "Centre technique municipal"};
    List<Camera> cameras = new ArrayList<>();
    int[] authorisations = {2012, 2016, 2019, 2023};
    for (int i = 0; i < 48; i++) {
      String location;
      double x;
      double y;
      String view;
      if (i < watched.length) {
        Facilities.Facility f = facilities.named(watched[i]);
        location = "Abords " + f.afterDe() + ", " + f.address().line();
        x = f.address().x() + random.between(-25, 25);
        y = f.address().y() + random.between(-25, 25);
        view = random.pick("parvis et entrée", "parking", "accès et façade", "voie publique attenante");
      } else {
        Street a = random.pick(town.streets());
        Street b = random.pick(town.streets());
        double[] at = a.position(1 + random.nextInt(a.lastNumber()));
        location = "Carrefour " + a.label() + " / " + b.label();
        x = at[0];
        y = at[1];
        view = random.pick("carrefour", "voie publique", "entrée de ville", "arrêt de bus");
      }
      String type = i % 7 == 3 ? "lecture automatisée de plaques (LAPI)" : i % 5 == 0 ? "dôme motorisé (PTZ)"
          : i > 44 ? "nomade" : "fixe";
      int authorisationYear = authorisations[Math.min(3, i / 12)];
      LocalDate installed = LocalDate.of(authorisationYear, 3, 1).plusDays(random.nextInt(700));
      if (installed.isAfter(Town.EXTRACTION_DATE)) {
        installed = Town.EXTRACTION_DATE.minusDays(random.nextInt(200));
      }
      cameras.add(new Camera(String.format(Locale.ROOT, "CAM-%03d", i + 1), location,
          town.quartiers().get(town.quartierAt(x, y)).name(), x, y, type, view, installed,
          "AP n° " + authorisationYear + "-VP-" + (37000 + random.between(100, 999)),
          type.startsWith("lecture") ? 15 : 30, !type.equals("nomade")));
    }
    return List.copyOf(cameras);
  }
}
