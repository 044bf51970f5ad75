package fr.socle.policies.occultation;

import fr.socle.policies.detection.DatasetFindings;
import fr.socle.policies.detection.DatasetScanner;
import java.util.List;

/** Test fixtures: tables as rows of text, scanned. */
final class Plans {
  private Plans() {}

  static DatasetFindings scan(List<String> columns, List<List<String>> rows) {
    DatasetScanner scanner = DatasetScanner.everyRow(columns, null);
    rows.forEach(scanner::accept);
    return scanner.result();
  }

  /** Requests of citizens: a direct identifier, a free text, a birth date, a location, a status. */
  static final List<String> REQUEST_COLUMNS =
      List.of("id", "email_demandeur", "commentaire", "date_naissance", "geo_point", "statut");

  static final List<List<String>> REQUEST_ROWS = List.of(
      List.of("1", "jean.dupont@gmail.com", "Nid-de-poule", "12/03/1985", "45.764012, 4.835661", "clos"),
      List.of("2", "marie.durand@orange.fr", "Lampadaire en panne, rappeler au 06 12 34 56 78", "01/07/1990",
          "45.750123, 4.850321", "en cours"),
      List.of("3", "paul.martin@free.fr", "Tag sur le mur", "23/11/1975", "45.770456, 4.828789", "clos"));

  static OccultationPlan requestPlan() {
    return new OccultationPlan(List.of(
        new ColumnRule.Keep("id"),
        new ColumnRule.Drop("email_demandeur"),
        new ColumnRule.CategoryCounts("commentaire"),
        new ColumnRule.GeneraliseDate("date_naissance", DatePrecision.YEAR),
        new ColumnRule.GeneraliseCoordinates("geo_point", CoordinateForm.LAT_LON, CoordinatePrecision.grid(1000)),
        new ColumnRule.Keep("statut")));
  }
}
