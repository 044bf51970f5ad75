package fr.socle.portal.explore;

import fr.socle.lakehouse.catalog.Dataset;
import fr.socle.lakehouse.catalog.DatasetColumn;
import fr.socle.portal.testing.OpenTestDatasets;
import java.util.List;

/**
 * A small published dataset whose every count is known: 250 facilities, five names (one a spreadsheet formula),
 * three communes, points along a line from (2.36, 48.851), a record id {@code r-0001}…{@code r-0250}.
 */
public final class Equipements {
  private Equipements() {}

  /**
   * Columns typed as ingestion types them (the lakehouse's conventions: coordinates are doubles, date-times are
   * wall-clock times of Paris: {@code maj} is 2024-01-01 01:00 in Paris plus {@code nb} hours, 00:00 UTC plus
   * {@code nb} hours, as the Explore API must give it).
   */
  public static void publish(OpenTestDatasets datasets, String domain, String table, String id) throws Exception {
    datasets.createTable(domain, table, """
        SELECT element_at(ARRAY['Piscine Olympique', 'Gymnase Jean Zay', '=HYPERLINK("x")', 'Médiathèque',
            'Stade "Municipal"'], (n % 5) + 1) AS nom,
          element_at(ARRAY['Tours', 'Joué-lès-Tours', 'Saint-Cyr'], (n % 3) + 1) AS commune,
          CAST(n * 1.5 AS double) AS montant,
          CAST(n AS bigint) AS nb,
          n % 2 = 0 AS actif,
          date_add('day', n, DATE '2024-01-01') AS jour,
          CAST(date_add('hour', n, TIMESTAMP '2024-01-01 01:00:00') AS timestamp(6)) AS maj,
          ST_AsBinary(ST_Point(2.35 + n * 0.01, 48.85 + n * 0.001)) AS geometry,
          CAST(2.35 + n * 0.01 AS double) AS geo_lon,
          CAST(48.85 + n * 0.001 AS double) AS geo_lat
        FROM UNNEST(sequence(1, 250)) AS t(n)""");
    datasets.describe(id, domain, table, new Dataset.Metadata("Équipements sportifs et culturels " + id,
            "Les équipements de la ville", "urbanisme", "dora", "Sport", List.of("équipements", "sport"),
            "etalab-2.0", "annuelle", "Valmont-sur-Loire", null, null, "scdl-equipements"),
        List.of(new DatasetColumn("nom", "string", "Nom de l'équipement", "Le nom usuel"),
            new DatasetColumn("commune", "string", "Commune", null)));
  }
}
