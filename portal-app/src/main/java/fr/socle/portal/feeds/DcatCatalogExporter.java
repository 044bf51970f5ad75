package fr.socle.portal.feeds;

import fr.socle.portal.publicsite.SiteSettings;
import fr.socle.portal.explore.CatalogExporter;
import fr.socle.portal.explore.PublishedDataset;
import java.io.OutputStream;
import java.util.List;

/**
 * Opendatasoft's {@code /api/explore/v2.1/catalog/exports/dcat}: the DCAT-AP catalogue of the datasets the Explore
 * API selected (its {@code where}, {@code refine}... apply), in RDF/XML as Opendatasoft serves it, with every
 * tombstone, unpaged.
 */
final class DcatCatalogExporter implements CatalogExporter {
  private static final String EXPLORE = "/api/explore/v2.1";
  private final CatalogueEntries entries;
  private final SiteSettings settings;

  DcatCatalogExporter(CatalogueEntries entries, SiteSettings settings) {
    this.entries = entries;
    this.settings = settings;
  }

  @Override
  public String format() {
    return "dcat";
  }

  @Override
  public String contentType() {
    return RdfSyntax.RDF_XML.mediaType() + "; charset=utf-8";
  }

  @Override
  public String fileExtension() {
    return "rdf";
  }

  @Override
  public void write(List<PublishedDataset> datasets, String apiBaseUrl, OutputStream out) {
    String requestBase = apiBaseUrl.endsWith(EXPLORE)
        ? apiBaseUrl.substring(0, apiBaseUrl.length() - EXPLORE.length()) : apiBaseUrl;
    Site site = new Site(settings.baseUrlOr(requestBase), settings);
    RdfSyntax.RDF_XML.write(DcatCatalogue.of(site, entries.of(datasets), null), out);
  }
}
