package fr.socle.portal.feeds;

import fr.socle.portal.publicsite.SiteSettings;
import fr.socle.lakehouse.catalog.Licences;
import fr.socle.portal.explore.CsvCells;
import fr.socle.portal.explore.PublishedDataset;
import fr.socle.portal.system.DateFormats;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SCDL "catalogue simplifié" (schema {@code scdl/catalogue} 0.1.3) of the published datasets: one line per
 * dataset, the schema's columns in its order, comma-separated (Table Schema's default dialect), UTF-8. Where the
 * catalogue entry leaves a required cell open, the publication fills it: the temporal coverage defaults to the
 * first publication and the last update, the spatial coverage to the publisher's name.
 */
final class ScdlCatalogue {
  static final List<String> COLUMNS = List.of("COLL_NOM", "COLL_SIRET", "ID", "TITRE", "DESCRIPTION", "THEME",
      "PRODUCTEUR_NOM", "PRODUCTEUR_SIRET", "COUV_SPAT_MAILLE", "COUV_SPAT_NOM", "COUV_TEMP_DEBUT", "COUV_TEMP_FIN",
      "DATE_PUBL", "FREQ_MAJ", "DATE_MAJ", "MOTS_CLES", "LICENCE", "NOMBRE_RESSOURCES", "FORMAT_RESSOURCES", "URL");

  private ScdlCatalogue() {}

  static void write(Site site, List<CatalogueEntry> entries, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CsvCells cells = new CsvCells(writer, ',', true);
    cells.row(COLUMNS);
    for (CatalogueEntry entry : entries) {
      if (entry instanceof CatalogueEntry.Published published) {
        cells.row(row(site, published));
      }
    }
    writer.flush();
  }

  private static List<String> row(Site site, CatalogueEntry.Published entry) {
    SiteSettings settings = site.settings();
    PublishedDataset.Metadata m = entry.metadata();
    LocalDate published = day(entry.issued());
    LocalDate updated = day(entry.modified());
    // Both dates are required: what the producer declared, else the publication (start) and the last update (end),
    // never past what was declared (a coverage ending before the first publication starts no later than it ends).
    LocalDate end = m.temporalEnd() != null ? m.temporalEnd() : updated;
    LocalDate start = m.temporalStart() != null ? m.temporalStart()
        : m.temporalEnd() != null && m.temporalEnd().isBefore(published) ? m.temporalEnd() : published;
    String keywords = m.keywords().stream().map(k -> Words.folded(k).replace(';', ','))
        .filter(k -> !k.isBlank()).distinct().collect(Collectors.joining(";"));
    return List.of(settings.publisher(), settings.publisherSiret(), entry.id(), entry.title(),
        m.description().isBlank() ? entry.title() : m.description(),
        m.theme() == null || m.theme().isBlank() ? "Non classé" : m.theme(),
        settings.publisher(), settings.publisherSiret(), settings.spatialGranularity(),
        m.spatialCoverage() == null || m.spatialCoverage().isBlank() ? settings.publisher() : m.spatialCoverage(),
        start.toString(), (end.isBefore(start) ? start : end).toString(), published.toString(),
        Frequency.of(m.updateFrequency()).scdlLabel(), updated.toString(),
        keywords.isEmpty() ? entry.id() : keywords, licence(m.licence()),
        Integer.toString(entry.exports().size()),
        entry.exports().stream().map(e -> e.format().extension()).collect(Collectors.joining(";")),
        site.dataset(entry.id()));
  }

  private static String licence(String code) {
    return switch (code) {
      case Licences.LICENCE_OUVERTE -> "Licence Ouverte-LO";
      case Licences.ODBL -> "Open Database License-ODBL";
      default -> "Spécifique ou autre";
    };
  }

  private static LocalDate day(Instant instant) {
    return LocalDate.ofInstant(instant, DateFormats.ZONE);
  }
}
