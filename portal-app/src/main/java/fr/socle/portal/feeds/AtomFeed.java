package fr.socle.portal.feeds;

import fr.socle.lakehouse.promotion.ChangeEntry;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The Atom 1.0 feed of the catalogue's updates: one entry per published version and per retraction, newest first,
 * linking to the dataset's page. Entry ids are the dataset's URI with a fragment naming the change, so that a feed
 * reader sees each change once.
 */
final class AtomFeed {
  static final String PATH = "/flux/atom.xml";
  static final int ENTRIES = 50;
  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private AtomFeed() {}

  static void write(Site site, List<CatalogueEntries.Update> updates, OutputStream out) throws XMLStreamException {
    try (XmlDocument doc = new XmlDocument(out, ATOM, "feed")) {
      XMLStreamWriter xml = doc.xml();
      xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "fr");
      String publisher = site.settings().publisher();
      doc.element("id", site.page(PATH))
          .element("title", "Mises à jour des données ouvertes — " + publisher)
          .element("updated", updates.isEmpty() ? Instant.EPOCH.toString()
              : updates.getFirst().change().at().toString());
      author(xml, site);
      link(xml, "self", "application/atom+xml", site.page(PATH));
      link(xml, "alternate", "text/html", site.page("/jeux"));
      for (CatalogueEntries.Update update : updates) {
        ChangeEntry change = update.change();
        String page = site.dataset(update.id());
        xml.writeStartElement("entry");
        doc.element("id", page + "#" + fragment(change))
            .element("title", update.title() + " — " + title(change))
            .element("updated", change.at().toString());
        link(xml, "alternate", "text/html", page);
        xml.writeStartElement("summary");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(summary(change));
        xml.writeEndElement();
        xml.writeEndElement();
      }
    }
  }

  private static String fragment(ChangeEntry change) {
    return change.kind().equals("version") && change.version() != null ? "version-" + change.version()
        : change.kind() + "-" + change.at().toEpochMilli();
  }

  private static String title(ChangeEntry change) {
    return switch (change.kind()) {
      case "version" -> change.version() != null && change.version() == 1 ? "première publication"
          : "version " + change.version();
      case "retraction", "purge" -> "retiré de la publication";
      default -> change.kind();
    };
  }

  /** The changelog's line (its counts and schema changes are in it), as a sentence. */
  static String summary(ChangeEntry change) {
    String text = change.summary().strip();
    return text.endsWith(".") ? text : text + ".";
  }

  private static void author(XMLStreamWriter xml, Site site) throws XMLStreamException {
    xml.writeStartElement("author");
    xml.writeStartElement("name");
    xml.writeCharacters(site.settings().publisher());
    xml.writeEndElement();
    xml.writeStartElement("uri");
    xml.writeCharacters(site.page("/"));
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("type", type);
    xml.writeAttribute("href", href);
  }
}
