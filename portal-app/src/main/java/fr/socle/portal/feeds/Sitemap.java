package fr.socle.portal.feeds;

import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/** {@code /sitemap.xml}: the public pages, each published dataset's page with its last modification. */
final class Sitemap {
  static final List<String> PAGES = List.of("/", "/jeux", "/api", "/mentions-legales", "/accessibilite",
      "/confidentialite");
  private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

  private Sitemap() {}

  static void write(Site site, List<CatalogueEntry> entries, OutputStream out) throws XMLStreamException {
    List<CatalogueEntry> published = entries.stream().filter(e -> e instanceof CatalogueEntry.Published).toList();
    Instant latest = published.stream().map(CatalogueEntry::modified).max(Comparator.naturalOrder()).orElse(null);
    try (XmlDocument doc = new XmlDocument(out, NAMESPACE, "urlset")) {
      for (String page : PAGES) {
        url(doc, site.page(page), page.equals("/") || page.equals("/jeux") ? latest : null);
      }
      for (CatalogueEntry entry : published) {
        url(doc, site.dataset(entry.id()), entry.modified());
      }
    }
  }

  private static void url(XmlDocument doc, String loc, @Nullable Instant lastmod) throws XMLStreamException {
    XMLStreamWriter xml = doc.xml();
    xml.writeStartElement("url");
    doc.element("loc", loc);
    if (lastmod != null) {
      doc.element("lastmod", lastmod.truncatedTo(ChronoUnit.SECONDS).toString());
    }
    xml.writeEndElement();
  }
}
