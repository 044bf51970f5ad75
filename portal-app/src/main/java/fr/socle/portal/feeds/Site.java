package fr.socle.portal.feeds;

import fr.socle.portal.publicsite.SiteSettings;
import static java.util.Objects.requireNonNull;

import fr.socle.lakehouse.promotion.ExportFile;

/** The public site's addresses for one answer: its base URL and who publishes it. */
record Site(String baseUrl, SiteSettings settings) {
  Site {
    requireNonNull(baseUrl, "baseUrl");
    requireNonNull(settings, "settings");
  }

  /** The public page of a dataset, also its DCAT IRI: built on the publication id, never on a title. */
  String dataset(String id) {
    return baseUrl + "/jeux/" + id;
  }

  /** A precomputed file of a published version. */
  String export(String id, int version, ExportFile.Format format) {
    return baseUrl + "/api/public/publications/" + id + "/versions/" + version + "/exports/" + format.code();
  }

  String page(String path) {
    return baseUrl + path;
  }
}
