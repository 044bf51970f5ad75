package fr.socle.portal.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.lakehouse.catalog.Dataset;
import fr.socle.lakehouse.promotion.PublishedDataset.Reason;
import fr.socle.lakehouse.testing.Stack;
import fr.socle.portal.explore.Equipements;
import fr.socle.portal.explore.ExplorePortal;
import fr.socle.portal.testing.OpenTestDatasets;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The catalogue feeds of a running portal, on two datasets published by the real engine: the DCAT-AP catalogue in
 * its three syntaxes validated with the standard's SHACL shapes, its paging, the Opendatasoft export, a renamed
 * dataset that keeps its URI, a retracted one that becomes a tombstone, the SCDL catalogue against its Table
 * Schema, the Atom feed and the sitemap.
 */
class CatalogueFeedsIT {
  static final String SUFFIX = Long.toHexString(System.nanoTime() & 0xffffff);
  static final String KEPT = "it-feeds-" + SUFFIX;
  static final String RETRACTED = "it-feeds-retire-" + SUFFIX;
  static OpenTestDatasets datasets;

  @BeforeAll
  static void publish() throws Exception {
    datasets = new OpenTestDatasets(Stack.get());
    Equipements.publish(datasets, "it_feeds", "equipements_" + SUFFIX, KEPT);
    Equipements.publish(datasets, "it_feeds", "retire_" + SUFFIX, RETRACTED);
    ExplorePortal.awaitDataset(KEPT);
    ExplorePortal.awaitDataset(RETRACTED);
  }

  @AfterAll
  static void unpublish() throws Exception {
    if (datasets != null) {
      datasets.close();
    }
  }

  static HttpResponse<byte[]> fetch(String path, String... headers) {
    return ExplorePortal.bytes(ExplorePortal.url() + path, headers);
  }

  static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  static Model parse(HttpResponse<byte[]> response, Lang lang) {
    assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
    Model model = ModelFactory.createDefaultModel();
    RDFDataMgr.read(model, new ByteArrayInputStream(response.body()), ExplorePortal.url() + "/", lang);
    return model;
  }

  static String uri(String id) {
    return ExplorePortal.url() + "/jeux/" + id;
  }

  @ParameterizedTest
  @CsvSource({"text/turtle, ttl, TURTLE", "application/rdf+xml, rdf, RDFXML", "application/ld+json, jsonld, JSONLD"})
  void theDcatCatalogueConformsToDcatAp3InEverySyntax(String mediaType, String format, String lang) {
    Lang syntax = switch (lang) {
      case "TURTLE" -> Lang.TURTLE;
      case "RDFXML" -> Lang.RDFXML;
      default -> Lang.JSONLD;
    };
    HttpResponse<byte[]> negotiated = fetch("/catalogue/dcat", "Accept", mediaType);
    assertThat(negotiated.headers().firstValue("Content-Type").orElseThrow()).startsWith(mediaType);
    assertThat(negotiated.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=300", "public");
    Model model = parse(negotiated, syntax);
    DcatShapes.assertConforms(model);
    Resource dataset = model.getResource(uri(KEPT));
    assertThat(dataset.hasProperty(RDF.type, DCAT.Dataset)).isTrue();
    assertThat(dataset.listProperties(DCAT.distribution).toList()).hasSizeGreaterThanOrEqualTo(3);
    HttpResponse<byte[]> overridden = fetch("/catalogue/dcat?format=" + format, "Accept", "text/html");
    assertThat(overridden.headers().firstValue("Content-Type").orElseThrow()).startsWith(mediaType);
    assertThat(parse(overridden, syntax).isIsomorphicWith(model)).isTrue();
  }

  @Test
  void theDistributionsPointAtTheVersionedFilesThePortalServes() {
    Model model = parse(fetch("/catalogue/dcat?format=ttl"), Lang.TURTLE);
    Resource csv = model.getResource(uri(KEPT) + "#csv");
    String download = csv.getPropertyResourceValue(DCAT.downloadURL).getURI();
    assertThat(download).isEqualTo(ExplorePortal.url() + "/api/public/publications/" + KEPT
        + "/versions/1/exports/csv");
    HttpResponse<byte[]> file = fetch(download.substring(ExplorePortal.url().length()));
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat((long) file.body().length).isEqualTo(csv.getProperty(DCAT.byteSize).getLong());
  }

  @Test
  void pagesFollowEachOtherThroughHydraLinks() {
    List<String> seen = new ArrayList<>();
    String next = "/catalogue/dcat?format=ttl&page_size=3";
    int pages = 0;
    while (next != null && pages++ < 100) {
      Model page = parse(fetch(next), Lang.TURTLE);
      DcatShapes.assertConforms(page);
      page.listSubjectsWithProperty(RDF.type, DCAT.Dataset).forEach(d -> seen.add(d.getURI()));
      Resource view = page.listSubjectsWithProperty(RDF.type, DcatTerms.PartialCollectionView).next();
      assertThat(view.hasProperty(DcatTerms.first)).isTrue();
      assertThat(view.hasProperty(DcatTerms.last)).isTrue();
      Resource following = view.getPropertyResourceValue(DcatTerms.next);
      next = following == null ? null : following.getURI().substring(ExplorePortal.url().length()) + "&format=ttl";
    }
    assertThat(pages).isGreaterThan(1);
    assertThat(seen).doesNotHaveDuplicates().contains(uri(KEPT), uri(RETRACTED));
  }

  @Test
  void theCatalogueAnswers304ToItsEntityTag() {
    HttpResponse<byte[]> first = fetch("/catalogue/dcat", "Accept", "text/turtle");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(fetch("/catalogue/dcat", "Accept", "text/turtle", "If-None-Match", etag).statusCode())
        .isEqualTo(304);
    for (String path : List.of("/catalogue/scdl.csv", "/flux/atom.xml", "/sitemap.xml")) {
      HttpResponse<byte[]> answer = fetch(path);
      assertThat(answer.statusCode()).as(path).isEqualTo(200);
      assertThat(answer.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=300", "public");
      assertThat(fetch(path, "If-None-Match", answer.headers().firstValue("ETag").orElseThrow()).statusCode())
          .as(path).isEqualTo(304);
    }
  }

  @ParameterizedTest
  @CsvSource({"/catalogue/dcat?page=0, */*, 400", "/catalogue/dcat?page=abc, */*, 400",
      "/catalogue/dcat?page_size=100000, */*, 400", "/catalogue/dcat?page=100000, */*, 400",
      "/catalogue/dcat?format=pdf, */*, 400", "/catalogue/dcat, text/html, 406"})
  void badRequestsAreProblems(String path, String accept, int status) {
    HttpResponse<byte[]> answer = fetch(path, "Accept", accept);
    assertThat(answer.statusCode()).as(text(answer)).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    assertThat(text(answer)).contains("\"type\":\"https://socle.fr/problemes/");
  }

  @Test
  void opendatasoftsDcatExportIsTheSameCatalogueInRdfXml() {
    HttpResponse<byte[]> export = fetch("/api/explore/v2.1/catalog/exports/dcat");
    assertThat(export.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/rdf+xml");
    Model model = parse(export, Lang.RDFXML);
    DcatShapes.assertConforms(model);
    assertThat(model.getResource(uri(KEPT)).hasProperty(RDF.type, DCAT.Dataset)).isTrue();
    Model filtered = parse(fetch("/api/explore/v2.1/catalog/exports/dcat?where="
        + java.net.URLEncoder.encode("dataset_id = \"" + KEPT + "\"", StandardCharsets.UTF_8)), Lang.RDFXML);
    assertThat(filtered.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList()).extracting(Resource::getURI)
        .contains(uri(KEPT)).doesNotContain(ExplorePortal.url() + "/jeux/equipements-publics");
  }

  @Test
  void aRenamedDatasetKeepsItsUri() throws Exception {
    String title = "Équipements renommés " + SUFFIX;
    datasets.edit(KEPT, m -> new Dataset.Metadata(title, m.description(), m.producerService(), m.steward(),
        m.theme(), m.keywords(), m.licence(), m.updateFrequency(), m.spatialCoverage(), m.temporalStart(),
        m.temporalEnd(), m.scdlSchema()));
    // the portal reads the catalogue again after its cache's lifetime (a minute by default)
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    String seen = null;
    while (Instant.now().isBefore(deadline)) {
      Resource dataset = parse(fetch("/catalogue/dcat?format=ttl&page_size=1000"), Lang.TURTLE).getResource(uri(KEPT));
      seen = dataset.hasProperty(DCTerms.title) ? dataset.getProperty(DCTerms.title).getString() : null;
      if (title.equals(seen)) {
        break;
      }
      Thread.sleep(3000);
    }
    assertThat(seen).isEqualTo(title);
  }

  @Test
  void aRetractedDatasetBecomesATombstoneEverywhere() throws Exception {
    datasets.retract(RETRACTED, Reason.DECISION);
    Model model = parse(fetch("/catalogue/dcat?format=ttl&page_size=1000"), Lang.TURTLE);
    DcatShapes.assertConforms(model);
    Resource tombstone = model.getResource(uri(RETRACTED));
    assertThat(tombstone.hasProperty(RDF.type, DCAT.Dataset)).isTrue();
    assertThat(tombstone.hasProperty(DCAT.distribution)).isFalse();
    assertThat(tombstone.getPropertyResourceValue(DcatTerms.status).getURI()).endsWith("/dataset-status/WITHDRAWN");
    assertThat(tombstone.getProperty(DcatTerms.versionNotes).getString()).contains("decision");
    assertThat(text(fetch("/sitemap.xml"))).doesNotContain("/jeux/" + RETRACTED + "<");
    assertThat(text(fetch("/catalogue/scdl.csv"))).doesNotContain(RETRACTED + ",");
    assertThat(text(fetch("/flux/atom.xml"))).contains("/jeux/" + RETRACTED + "#retraction-");
  }

  @Test
  void theScdlCatalogueValidatesAgainstItsTableSchema() {
    HttpResponse<byte[]> csv = fetch("/catalogue/scdl.csv");
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    String body = text(csv);
    assertThat(new ScdlTableSchema().errors(body)).isEmpty();
    assertThat(body).contains(uri(KEPT));
  }

  @Test
  void theAtomFeedListsVersionsNewestFirst() throws Exception {
    HttpResponse<byte[]> atom = fetch("/flux/atom.xml");
    assertThat(atom.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
    Element feed = xml(atom).getDocumentElement();
    assertThat(feed.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
    NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
    assertThat(entries.getLength()).isBetween(1, 50);
    List<String> updated = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < entries.getLength(); i++) {
      Element entry = (Element) entries.item(i);
      updated.add(entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "updated").item(0).getTextContent());
      ids.add(entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "id").item(0).getTextContent());
    }
    assertThat(updated.stream().map(Instant::parse).toList()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(ids).doesNotHaveDuplicates().contains(uri(KEPT) + "#version-1");
  }

  @Test
  void theSitemapListsThePublicPages() throws Exception {
    HttpResponse<byte[]> sitemap = fetch("/sitemap.xml");
    NodeList locs = xml(sitemap).getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < locs.getLength(); i++) {
      urls.add(locs.item(i).getTextContent());
    }
    assertThat(urls).contains(ExplorePortal.url() + "/", ExplorePortal.url() + "/jeux", ExplorePortal.url() + "/api",
        ExplorePortal.url() + "/mentions-legales", uri(KEPT));
  }

  /** The feeds are cached publicly: a Host header sent by anyone must not become their addresses. */
  @Test
  void aForgedHostHeaderDoesNotChangeTheFeedsAddresses() throws Exception {
    URI portal = URI.create(ExplorePortal.url());
    String answer;
    try (java.net.Socket socket = new java.net.Socket(portal.getHost(), portal.getPort())) {
      socket.getOutputStream().write(("GET /sitemap.xml HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
          .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    assertThat(answer).startsWith("HTTP/1.1 200").contains("<loc>" + ExplorePortal.url() + "/jeux</loc>")
        .doesNotContain("evil.example");
  }

  private static Document xml(HttpResponse<byte[]> response) throws Exception {
    assertThat(response.statusCode()).isEqualTo(200);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body()));
  }
}
