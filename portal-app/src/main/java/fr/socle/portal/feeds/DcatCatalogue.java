package fr.socle.portal.feeds;

import fr.socle.portal.publicsite.SiteSettings;
import fr.socle.lakehouse.catalog.Licences;
import fr.socle.lakehouse.promotion.ExportFile;
import fr.socle.portal.explore.PublishedDataset;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VCARD4;
import org.jspecify.annotations.Nullable;

/**
 * The DCAT-AP 3 description of the public catalogue: the catalogue, its publisher (the collectivité), one
 * {@code dcat:Dataset} per entry (IRI {@code {base}/jeux/{id}}), one {@code dcat:Distribution} per precomputed file
 * of the current version, the Explore API as a {@code dcat:DataService}, and for a retracted dataset a tombstone:
 * status withdrawn, modified at its retraction, no distribution. Every resource it names is typed, so that the
 * range shapes of DCAT-AP hold too. No blank node: every node has an IRI under the site's base, so that the
 * same catalogue is written byte for byte the same (its entity tag holds) and harvesters can refer to any part.
 */
final class DcatCatalogue {
  static final String PATH = "/catalogue/dcat";
  private static final String WITHDRAWN = DcatTerms.EU + "dataset-status/WITHDRAWN";
  private static final String FRENCH = DcatTerms.EU + "language/FRA";
  private static final String PUBLIC = DcatTerms.EU + "access-right/PUBLIC";
  private static final String LOCAL_AUTHORITY = "http://purl.org/adms/publishertype/LocalAuthority";

  private final Site site;
  private final Model model = ModelFactory.createDefaultModel();
  private final Resource publisher;
  private final Resource contact;

  private DcatCatalogue(Site site) {
    this.site = site;
    model.setNsPrefix("dcat", DcatTerms.DCAT);
    model.setNsPrefix("dct", DCTerms.NS);
    model.setNsPrefix("foaf", FOAF.NS);
    model.setNsPrefix("vcard", VCARD4.NS);
    model.setNsPrefix("skos", SKOS.uri);
    model.setNsPrefix("adms", DcatTerms.ADMS);
    model.setNsPrefix("spdx", DcatTerms.SPDX);
    model.setNsPrefix("locn", DcatTerms.LOCN);
    model.setNsPrefix("hydra", DcatTerms.HYDRA);
    model.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
    this.publisher = publisher();
    this.contact = contact();
  }

  /** The catalogue with the given entries; {@code page}, when given, adds Hydra's links to the other pages. */
  static Model of(Site site, List<CatalogueEntry> entries, @Nullable CataloguePage page) {
    return new DcatCatalogue(site).build(entries, page);
  }

  private Model build(List<CatalogueEntry> entries, @Nullable CataloguePage page) {
    String name = site.settings().publisher();
    Resource catalogue = model.createResource(site.page(PATH), DCAT.Catalog)
        .addProperty(DCTerms.title, model.createLiteral("Catalogue des données ouvertes — " + name, "fr"))
        .addProperty(DCTerms.title, model.createLiteral("Open data catalogue — " + name, "en"))
        .addProperty(DCTerms.description, model.createLiteral("Les jeux de données publiés en données ouvertes par "
            + name + ", avec leurs fichiers et leur API.", "fr"))
        .addProperty(DCTerms.description, model.createLiteral("The datasets published as open data by " + name
            + ", with their files and API.", "en"))
        .addProperty(DCTerms.publisher, publisher)
        .addProperty(FOAF.homepage, typed(site.page("/"), FOAF.Document))
        .addProperty(DCTerms.language, typed(FRENCH, DCTerms.LinguisticSystem))
        .addProperty(DCAT.themeTaxonomy, typed(DataTheme.SCHEME, SKOS.ConceptScheme)
            .addProperty(DCTerms.title, model.createLiteral("Data theme", "en")));
    entries.stream().map(CatalogueEntry::modified).max(Comparator.naturalOrder())
        .ifPresent(modified -> catalogue.addProperty(DCTerms.modified, dateTime(modified)));
    Resource api = dataService();
    catalogue.addProperty(DCAT.service, api);
    for (CatalogueEntry entry : entries) {
      Resource dataset = switch (entry) {
        case CatalogueEntry.Published published -> {
          api.addProperty(DCAT.servesDataset, model.createResource(site.dataset(entry.id())));
          yield published(published);
        }
        case CatalogueEntry.Withdrawn withdrawn -> withdrawn(withdrawn);
      };
      catalogue.addProperty(DCAT.dataset, dataset);
    }
    if (page != null) {
      hydra(catalogue, page);
    }
    return model;
  }

  private Resource published(CatalogueEntry.Published entry) {
    PublishedDataset.Metadata m = entry.metadata();
    Resource dataset = common(entry)
        .addProperty(DCTerms.description, model.createLiteral(m.description(), "fr"))
        .addProperty(DcatTerms.version, Integer.toString(entry.version()))
        .addProperty(DCTerms.accrualPeriodicity, typed(Frequency.of(m.updateFrequency()).uri(), DCTerms.Frequency))
        .addProperty(DCTerms.accessRights, typed(PUBLIC, DCTerms.RightsStatement))
        .addProperty(DCTerms.license, licence(m.licence()));
    if (m.theme() != null) {
      DataTheme.of(m.theme()).ifPresentOrElse(theme -> dataset.addProperty(DCAT.theme,
              typed(theme.uri(), SKOS.Concept).addProperty(SKOS.prefLabel, model.createLiteral(theme.label(), "fr"))
                  .addProperty(SKOS.inScheme, model.createResource(DataTheme.SCHEME))),
          () -> dataset.addProperty(DCAT.keyword, model.createLiteral(m.theme(), "fr")));
    }
    m.keywords().forEach(k -> dataset.addProperty(DCAT.keyword, model.createLiteral(k, "fr")));
    if (m.spatialCoverage() != null && !m.spatialCoverage().isBlank()) {
      dataset.addProperty(DCTerms.spatial, model.createResource(site.dataset(entry.id()) + "#couverture-spatiale",
              DCTerms.Location)
          .addProperty(DcatTerms.geographicName, model.createLiteral(m.spatialCoverage(), "fr")));
    }
    if (m.temporalStart() != null || m.temporalEnd() != null) {
      Resource period = model.createResource(site.dataset(entry.id()) + "#couverture-temporelle",
          DCTerms.PeriodOfTime);
      if (m.temporalStart() != null) {
        period.addProperty(DCAT.startDate, date(m.temporalStart()));
      }
      if (m.temporalEnd() != null) {
        period.addProperty(DCAT.endDate, date(m.temporalEnd()));
      }
      dataset.addProperty(DCTerms.temporal, period);
    }
    if (m.scdlSchema() != null && !m.scdlSchema().isBlank()) {
      String name = m.scdlSchema().startsWith("scdl-") ? m.scdlSchema().substring("scdl-".length()) : m.scdlSchema();
      dataset.addProperty(DCTerms.conformsTo, typed("https://schema.data.gouv.fr/scdl/" + name + "/",
          DCTerms.Standard).addProperty(DCTerms.title, model.createLiteral("Schéma SCDL « " + name + " »", "fr")));
    }
    for (ExportFile file : entry.exports()) {
      dataset.addProperty(DCAT.distribution, distribution(entry, file));
    }
    return dataset;
  }

  private Resource withdrawn(CatalogueEntry.Withdrawn entry) {
    String when = entry.modified().toString().substring(0, 10);
    String reason = entry.reason().label();
    return common(entry)
        .addProperty(DCTerms.description, model.createLiteral("Ce jeu de données a été retiré de la publication le "
            + when + " (" + reason + ") ; ses fichiers ne sont plus diffusés.", "fr"))
        .addProperty(DCTerms.description, model.createLiteral("This dataset was withdrawn from publication on "
            + when + "; its files are no longer distributed.", "en"))
        .addProperty(DcatTerms.status, typed(WITHDRAWN, SKOS.Concept)
            .addProperty(SKOS.prefLabel, model.createLiteral("retiré", "fr"))
            .addProperty(SKOS.prefLabel, model.createLiteral("withdrawn", "en")))
        .addProperty(DcatTerms.versionNotes, model.createLiteral("Retrait : " + reason + " ("
            + entry.reason().code() + ")", "fr"));
  }

  /** What a dataset and a tombstone share: IRI, identifier, title, publisher, contact, language, dates. */
  private Resource common(CatalogueEntry entry) {
    return model.createResource(site.dataset(entry.id()), DCAT.Dataset)
        .addProperty(DCTerms.identifier, entry.id())
        .addProperty(DCTerms.title, model.createLiteral(entry.title(), "fr"))
        .addProperty(DCTerms.publisher, publisher)
        .addProperty(DCAT.contactPoint, contact)
        .addProperty(DCTerms.language, model.createResource(FRENCH))
        .addProperty(DCTerms.issued, dateTime(entry.issued()))
        .addProperty(DCTerms.modified, dateTime(entry.modified()));
  }

  private Resource distribution(CatalogueEntry.Published entry, ExportFile file) {
    String url = site.export(entry.id(), entry.version(), file.format());
    String label = file.format().name();
    String mediaType = file.format().mediaType().replaceFirst(";.*", "").strip();
    return model.createResource(site.dataset(entry.id()) + "#" + file.format().code(), DCAT.Distribution)
        .addProperty(DCTerms.title, model.createLiteral(entry.title() + " (" + label + ", version "
            + entry.version() + ")", "fr"))
        .addProperty(DCAT.accessURL, model.createResource(url))
        .addProperty(DCAT.downloadURL, model.createResource(url))
        .addProperty(DCAT.byteSize, model.createTypedLiteral(Long.toString(file.bytes()),
            XSDDatatype.XSDnonNegativeInteger))
        .addProperty(DCAT.mediaType, typed(DcatTerms.IANA + mediaType, DCTerms.MediaType))
        .addProperty(DCTerms.format, typed(DcatTerms.EU + "file-type/" + label, DCTerms.MediaTypeOrExtent))
        .addProperty(DCTerms.license, licence(entry.metadata().licence()))
        .addProperty(DCTerms.issued, dateTime(entry.modified()))
        .addProperty(DcatTerms.checksum, model.createResource(site.dataset(entry.id()) + "#" + file.format().code()
            + "-sha256", DcatTerms.Checksum)
            .addProperty(DcatTerms.algorithm, DcatTerms.sha256)
            .addProperty(DcatTerms.checksumValue, model.createTypedLiteral(file.sha256().toLowerCase(Locale.ROOT),
                XSDDatatype.XSDhexBinary)));
  }

  private Resource dataService() {
    String endpoint = site.page("/api/explore/v2.1");
    return model.createResource(endpoint, DCAT.DataService)
        .addProperty(DCTerms.title, model.createLiteral("API Explore v2.1 (compatible Opendatasoft)", "fr"))
        .addProperty(DCTerms.title, model.createLiteral("Explore API v2.1 (Opendatasoft compatible)", "en"))
        .addProperty(DCTerms.description, model.createLiteral("Recherche, filtres ODSQL, agrégations et exports "
            + "des jeux de données publiés.", "fr"))
        .addProperty(DCAT.endpointURL, model.createResource(endpoint))
        .addProperty(DCAT.endpointDescription, model.createResource(endpoint + "/openapi.json"))
        .addProperty(DCTerms.publisher, publisher)
        .addProperty(DCTerms.accessRights, typed(PUBLIC, DCTerms.RightsStatement))
        .addProperty(DCAT.contactPoint, contact);
  }

  private Resource publisher() {
    SiteSettings settings = site.settings();
    return model.createResource(site.page("/#editeur"), FOAF.Agent)
        .addProperty(RDF.type, FOAF.Organization)
        .addProperty(FOAF.name, model.createLiteral(settings.publisher(), "fr"))
        .addProperty(DCTerms.identifier, settings.publisherSiret())
        .addProperty(DCTerms.type, typed(LOCAL_AUTHORITY, SKOS.Concept)
            .addProperty(SKOS.prefLabel, model.createLiteral("Local Authority", "en")));
  }

  private Resource contact() {
    SiteSettings settings = site.settings();
    Resource kind = model.createResource(site.page("/#contact"), VCARD4.Kind).addProperty(RDF.type, VCARD4.Organization)
        .addProperty(VCARD4.fn, settings.publisher());
    return settings.email().isBlank() ? kind.addProperty(VCARD4.hasURL, model.createResource(site.page("/")))
        : kind.addProperty(VCARD4.hasEmail, model.createResource("mailto:" + settings.email()));
  }

  private Resource licence(String code) {
    String url = Licences.url(code);
    return typed(url.isEmpty() ? site.page("/mentions-legales") : url, DCTerms.LicenseDocument)
        .addProperty(DCTerms.title, model.createLiteral(Licences.label(code), "fr"));
  }

  private void hydra(Resource catalogue, CataloguePage page) {
    Resource view = model.createResource(pageUri(page.number(), page.size()), DcatTerms.PartialCollectionView)
        .addProperty(DcatTerms.first, model.createResource(pageUri(1, page.size())))
        .addProperty(DcatTerms.last, model.createResource(pageUri(page.last(), page.size())))
        .addLiteral(DcatTerms.totalItems, model.createTypedLiteral(Integer.toString(page.total()),
            XSDDatatype.XSDinteger))
        .addLiteral(DcatTerms.itemsPerPage, model.createTypedLiteral(Integer.toString(page.size()),
            XSDDatatype.XSDinteger));
    if (page.number() > 1) {
      view.addProperty(DcatTerms.previous, model.createResource(pageUri(page.number() - 1, page.size())));
    }
    if (page.number() < page.last()) {
      view.addProperty(DcatTerms.next, model.createResource(pageUri(page.number() + 1, page.size())));
    }
    catalogue.addProperty(DcatTerms.view, view);
  }

  private String pageUri(int number, int size) {
    return site.page(PATH) + "?page=" + number + (size == CataloguePage.DEFAULT_SIZE ? "" : "&page_size=" + size);
  }

  private Resource typed(String uri, Resource type) {
    return model.createResource(uri).addProperty(RDF.type, type);
  }

  private Literal dateTime(Instant instant) {
    return model.createTypedLiteral(instant.toString(), XSDDatatype.XSDdateTime);
  }

  private Literal date(LocalDate date) {
    return model.createTypedLiteral(date.toString(), XSDDatatype.XSDdate);
  }
}
