package fr.socle.portal.feeds;

import fr.socle.portal.publicsite.SiteSettings;
import static fr.socle.portal.feeds.Entries.SITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.socle.lakehouse.promotion.ChangeEntry;
import fr.socle.portal.explore.PublishedDataset;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The feeds built from fixtures: DCAT-AP conformance, URIs, tombstones, paging, syntaxes, SCDL, Atom, sitemap. */
class CatalogueFeedsTest {

  static Model catalogue() {
    return DcatCatalogue.of(SITE, Entries.all(), new CataloguePage(1, 100, 3));
  }

  @Test
  void theCatalogueConformsToDcatAp3ShapesAndRanges() {
    DcatShapes.assertConforms(catalogue());
  }

  @Test
  void theShapesCatchADatasetWithoutTitleOrADistributionWithoutAccessUrl() {
    Model untitled = catalogue();
    untitled.removeAll(untitled.getResource("https://data.valmont.example/jeux/quartiers"), DCTerms.title, null);
    assertThat(DcatShapes.conforms(untitled)).isFalse();
    Model inaccessible = catalogue();
    inaccessible.removeAll(null, DCAT.accessURL, null);
    assertThat(DcatShapes.conforms(inaccessible)).isFalse();
  }

  @Test
  void datasetUrisAreBuiltOnThePublicationIdAndCarryTheirMetadata() {
    Model model = catalogue();
    Resource dataset = model.getResource("https://data.valmont.example/jeux/equipements-publics");
    assertThat(dataset.hasProperty(org.apache.jena.vocabulary.RDF.type, DCAT.Dataset)).isTrue();
    assertThat(dataset.getProperty(DCTerms.title).getLiteral().getLexicalForm()).isEqualTo("Équipements publics");
    assertThat(dataset.getProperty(DCTerms.title).getLanguage()).isEqualTo("fr");
    assertThat(dataset.getProperty(DCTerms.modified).getString()).isEqualTo("2026-06-15T14:30:00Z");
    assertThat(dataset.getProperty(DCTerms.issued).getString()).isEqualTo("2026-03-01T09:00:00Z");
    assertThat(dataset.getPropertyResourceValue(DCTerms.accrualPeriodicity).getURI())
        .isEqualTo("http://publications.europa.eu/resource/authority/frequency/IRREG");
    assertThat(dataset.getPropertyResourceValue(DCAT.theme).getURI())
        .isEqualTo("http://publications.europa.eu/resource/authority/data-theme/REGI");
    assertThat(dataset.getPropertyResourceValue(DCTerms.conformsTo).getURI())
        .isEqualTo("https://schema.data.gouv.fr/scdl/equipements/");
    assertThat(dataset.getPropertyResourceValue(DCTerms.license).getURI())
        .isEqualTo("https://www.etalab.gouv.fr/licence-ouverte-open-licence/");
    assertThat(dataset.getPropertyResourceValue(DCTerms.publisher).getURI())
        .isEqualTo("https://data.valmont.example/#editeur");
    assertThat(dataset.hasProperty(DCTerms.spatial)).isTrue();
    assertThat(dataset.hasProperty(DCTerms.temporal)).isTrue();
    assertThat(dataset.hasProperty(DCAT.contactPoint)).isTrue();
    Resource odbl = model.getResource("https://data.valmont.example/jeux/quartiers");
    assertThat(odbl.getPropertyResourceValue(DCTerms.license).getURI())
        .isEqualTo("https://opendatacommons.org/licenses/odbl/1-0/");
    assertThat(odbl.hasProperty(DCAT.theme)).isFalse();
    assertThat(odbl.hasProperty(DCAT.keyword, model.createLiteral("Vie associative", "fr"))).isTrue();
    assertThat(odbl.getPropertyResourceValue(DCTerms.accrualPeriodicity).getURI()).endsWith("/ANNUAL");
  }

  @Test
  void oneDistributionPerPrecomputedFileWithSizeTypeAndVersionedUrl() {
    Model model = catalogue();
    Resource dataset = model.getResource("https://data.valmont.example/jeux/equipements-publics");
    List<Resource> distributions = dataset.listProperties(DCAT.distribution).mapWith(s -> s.getResource()).toList();
    assertThat(distributions).hasSize(4);
    Resource geojson = model.getResource("https://data.valmont.example/jeux/equipements-publics#geojson");
    assertThat(distributions).contains(geojson);
    assertThat(geojson.getPropertyResourceValue(DCAT.downloadURL).getURI()).isEqualTo(
        "https://data.valmont.example/api/public/publications/equipements-publics/versions/2/exports/geojson");
    assertThat(geojson.getProperty(DCAT.byteSize).getLong()).isEqualTo(34_567);
    assertThat(geojson.getPropertyResourceValue(DCAT.mediaType).getURI())
        .isEqualTo("https://www.iana.org/assignments/media-types/application/geo+json");
    assertThat(geojson.getPropertyResourceValue(DCTerms.format).getURI())
        .isEqualTo("http://publications.europa.eu/resource/authority/file-type/GEOJSON");
    assertThat(model.getResource("https://data.valmont.example/jeux/equipements-publics#csv")
        .getPropertyResourceValue(DCAT.mediaType).getURI()).endsWith("/text/csv");
    assertThat(model.getResource("https://data.valmont.example/api/explore/v2.1")
        .hasProperty(DCAT.servesDataset, dataset)).isTrue();
  }

  @Test
  void aRetractedDatasetIsATombstoneWithoutDistributions() {
    Model model = catalogue();
    Resource tombstone = model.getResource("https://data.valmont.example/jeux/signalements");
    assertThat(tombstone.hasProperty(org.apache.jena.vocabulary.RDF.type, DCAT.Dataset)).isTrue();
    assertThat(tombstone.hasProperty(DCAT.distribution)).isFalse();
    assertThat(tombstone.getPropertyResourceValue(DcatTerms.status).getURI())
        .isEqualTo("http://publications.europa.eu/resource/authority/dataset-status/WITHDRAWN");
    assertThat(tombstone.getProperty(DCTerms.modified).getString()).isEqualTo("2026-06-15T14:30:00Z");
    assertThat(tombstone.getProperty(DcatTerms.versionNotes).getString()).contains("leak");
    assertThat(model.getResource("https://data.valmont.example/api/explore/v2.1")
        .hasProperty(DCAT.servesDataset, tombstone)).isFalse();
  }

  @Test
  void pagesLinkToTheirNeighboursWithHydra() {
    Model model = DcatCatalogue.of(SITE, new CataloguePage(2, 1, 3).of(Entries.all()), new CataloguePage(2, 1, 3));
    Resource view = model.getResource("https://data.valmont.example/catalogue/dcat?page=2&page_size=1");
    assertThat(view.getPropertyResourceValue(DcatTerms.first).getURI()).endsWith("?page=1&page_size=1");
    assertThat(view.getPropertyResourceValue(DcatTerms.previous).getURI()).endsWith("?page=1&page_size=1");
    assertThat(view.getPropertyResourceValue(DcatTerms.next).getURI()).endsWith("?page=3&page_size=1");
    assertThat(view.getPropertyResourceValue(DcatTerms.last).getURI()).endsWith("?page=3&page_size=1");
    assertThat(view.getProperty(DcatTerms.totalItems).getInt()).isEqualTo(3);
    assertThat(model.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, DCAT.Dataset).toList())
        .extracting(Resource::getURI).containsExactly("https://data.valmont.example/jeux/quartiers");
    Model first = DcatCatalogue.of(SITE, Entries.all(), new CataloguePage(1, 100, 3));
    Resource only = first.getResource("https://data.valmont.example/catalogue/dcat?page=1");
    assertThat(only.hasProperty(DcatTerms.next)).isFalse();
    assertThat(only.hasProperty(DcatTerms.previous)).isFalse();
  }

  @ParameterizedTest
  @CsvSource(nullValues = "-", value = {
      "1, 100, 3, 1", "-, -, 0, 1", "2, 2, 3, 2", "' 3 ', 1, 3, 3"})
  void pageParameters(String page, String size, int total, int expected) {
    assertThat(CataloguePage.of(page, size, total).number()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(nullValues = "-", value = {"0, -", "-1, -", "abc, -", "1, 0", "1, 1001", "2, 100", "1, x"})
  void badPageParametersAreRefused(String page, String size) {
    assertThatThrownBy(() -> CataloguePage.of(page, size, 3)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @EnumSource(RdfSyntax.class)
  void everySyntaxParsesBackToTheSameConformingGraph(RdfSyntax syntax) {
    Model model = catalogue();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    syntax.write(model, out);
    Model parsed = ModelFactory.createDefaultModel();
    RDFDataMgr.read(parsed, new ByteArrayInputStream(out.toByteArray()), switch (syntax) {
      case TURTLE -> Lang.TURTLE;
      case RDF_XML -> Lang.RDFXML;
      case JSON_LD -> Lang.JSONLD;
    });
    assertThat(parsed.isIsomorphicWith(model)).isTrue();
    DcatShapes.assertConforms(parsed);
  }

  @ParameterizedTest
  @EnumSource(RdfSyntax.class)
  void theSameCatalogueHasTheSameEntityTagAndTurtleIsWrittenTheSame(RdfSyntax syntax) {
    assertThat(syntax.entityTag(catalogue())).isEqualTo(syntax.entityTag(catalogue()))
        .isNotEqualTo((syntax == RdfSyntax.TURTLE ? RdfSyntax.JSON_LD : RdfSyntax.TURTLE).entityTag(catalogue()));
    assertThat(catalogue().listStatements().toList()).allSatisfy(t -> {
      assertThat(t.getSubject().isAnon()).as(t.toString()).isFalse();
      assertThat(t.getObject().isAnon()).as(t.toString()).isFalse();
    });
    Model other = DcatCatalogue.of(SITE, List.of(Entries.quartiers()), null);
    assertThat(syntax.entityTag(other)).isNotEqualTo(syntax.entityTag(catalogue()));
    if (syntax != RdfSyntax.JSON_LD) {
      ByteArrayOutputStream first = new ByteArrayOutputStream();
      syntax.write(catalogue(), first);
      ByteArrayOutputStream second = new ByteArrayOutputStream();
      syntax.write(catalogue(), second);
      assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
    }
  }

  @ParameterizedTest
  @CsvSource(nullValues = "-", value = {
      "-, TURTLE",
      "*/*, TURTLE",
      "text/turtle, TURTLE",
      "application/rdf+xml, RDF_XML",
      "application/ld+json, JSON_LD",
      "application/json, JSON_LD",
      "'text/html,application/xhtml+xml,*/*;q=0.8', TURTLE",
      "'text/turtle;q=0.5, application/ld+json', JSON_LD",
      "'application/*;q=0.9, text/turtle;q=0.1', RDF_XML",
      "text/html, -",
      "'text/turtle;q=0', -",
      "not a media type, -"})
  void contentNegotiation(String accept, String expected) {
    assertThat(RdfSyntax.negotiate(accept)).isEqualTo(Optional.ofNullable(expected).map(RdfSyntax::valueOf));
  }

  @ParameterizedTest
  @CsvSource(nullValues = "-", value = {"annual, ANNUAL", "Annuelle, ANNUAL", "monthly, MONTHLY",
      "quotidienne, DAILY", "irrégulière, IRREG", "irregular, IRREG", "-, UNKNOWN", "'', UNKNOWN",
      "souvent, UNKNOWN"})
  void frequencies(String text, Frequency expected) {
    assertThat(Frequency.of(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"Économie et finances, ECON", "economie et finances, ECON", "Régions et villes, REGI",
      "Gouvernement et secteur public, GOVE", "Environnement, ENVI", "Sport, EDUC"})
  void themes(String text, DataTheme expected) {
    assertThat(DataTheme.of(text)).contains(expected);
  }

  @Test
  void theScdlCatalogueFollowsItsTableSchema() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ScdlCatalogue.write(SITE, Entries.all(), out);
    String csv = out.toString(StandardCharsets.UTF_8);
    ScdlTableSchema schema = new ScdlTableSchema();
    assertThat(schema.errors(csv)).isEmpty();
    List<List<String>> rows = ScdlTableSchema.parse(csv);
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0)).isEqualTo(ScdlCatalogue.COLUMNS).isEqualTo(schema.names());
    List<String> equipements = rows.get(1);
    assertThat(equipements.get(2)).isEqualTo("equipements-publics");
    assertThat(equipements.get(10)).isEqualTo("2024-01-01");
    assertThat(equipements.get(11)).isEqualTo("2026-06-15");
    assertThat(equipements.get(13)).isEqualTo("Irrégulière");
    assertThat(equipements.get(15)).isEqualTo("equipements;sport,loisirs");
    assertThat(equipements.get(17)).isEqualTo("4");
    assertThat(equipements.get(18)).isEqualTo("csv;json;geojson;parquet");
    assertThat(equipements.get(19)).isEqualTo("https://data.valmont.example/jeux/equipements-publics");
    assertThat(rows.get(2).get(16)).isEqualTo("Open Database License-ODBL");
    assertThat(rows.get(2).get(15)).isEqualTo("quartiers");
  }

  /** Nothing invented: a coverage declared to end before the first publication starts no later than it ends. */
  @Test
  void theScdlCatalogueKeepsTheDeclaredEndAndNeverLeavesTheDescriptionEmpty() throws Exception {
    PublishedDataset.Metadata metadata = new PublishedDataset.Metadata("Bornes", "", "Transports", List.of(),
        "etalab-2.0", "Licence Ouverte", "voirie", Entries.FIRST, 3, null, "annuelle", null, null,
        java.time.LocalDate.parse("2025-12-31"), "1");
    CatalogueEntry.Published bornes = new CatalogueEntry.Published(new PublishedDataset("bornes",
        new fr.socle.policies.access.TableRef("open", "voirie", "bornes"), metadata, List.of(), null), 1,
        Entries.FIRST, Entries.SECOND, List.of(new fr.socle.lakehouse.promotion.ExportFile(
            fr.socle.lakehouse.promotion.ExportFile.Format.CSV, "s3://open/exports/bornes.csv", 100, "00", 3)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ScdlCatalogue.write(SITE, List.of(bornes), out);
    String csv = out.toString(StandardCharsets.UTF_8);

    assertThat(new ScdlTableSchema().errors(csv)).isEmpty();
    List<String> row = ScdlTableSchema.parse(csv).get(1);
    assertThat(row.get(4)).as("description").isEqualTo("Bornes");
    assertThat(row.subList(10, 12)).as("temporal coverage").containsExactly("2025-12-31", "2025-12-31");
  }

  @Test
  void theCheckerCatchesWhatTheSchemaForbids() {
    ScdlTableSchema schema = new ScdlTableSchema();
    String header = String.join(",", schema.names());
    String bad = "Ville,123,id,t,d,th,p,21370299600017,Mondiale,n,2024-13-01,2024-12-31,2024-01-01,Souvent,"
        + "2024-01-01,k,Licence Ouverte-LO,0,csv,pas une url";
    assertThat(schema.errors(header + "\r\n" + bad + "\r\n")).hasSize(6);
    assertThat(schema.errors("A,B\r\n")).hasSize(1);
  }

  @Test
  void theAtomFeedIsAtom10NewestFirst() throws Exception {
    List<CatalogueEntries.Update> updates = List.of(
        new CatalogueEntries.Update("signalements", "Jeu de données retiré (signalements)",
            new ChangeEntry(Entries.SECOND, "purge", null, null, null, null, null, List.of(),
                "Jeu de données retiré de la publication (signalement)")),
        new CatalogueEntries.Update("equipements-publics", "Équipements & <publics>",
            new ChangeEntry(Entries.FIRST, "version", 2, 62L, 3L, 1L, 4L, List.of("colonne ajoutée : horaires"),
                "Version 2 : 62 enregistrements ; 3 ajoutés, 1 retiré, 4 modifiés depuis la version 1 ; schéma :"
                    + " colonne ajoutée : horaires")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AtomFeed.write(SITE, updates, out);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
    Element root = feed.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
    assertThat(root.getLocalName()).isEqualTo("feed");
    assertThat(text(root, "id")).isEqualTo("https://data.valmont.example/flux/atom.xml");
    assertThat(text(root, "updated")).isEqualTo("2026-06-15T14:30:00Z");
    assertThat(text(root, "name")).isEqualTo("Commune de Valmont-sur-Loire");
    NodeList entries = root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
    assertThat(entries.getLength()).isEqualTo(2);
    Element version = (Element) entries.item(1);
    assertThat(text(version, "id")).isEqualTo("https://data.valmont.example/jeux/equipements-publics#version-2");
    assertThat(text(version, "title")).isEqualTo("Équipements & <publics> — version 2");
    // the changelog's line once, as a sentence
    assertThat(text(version, "summary")).isEqualTo("Version 2 : 62 enregistrements ; 3 ajoutés, 1 retiré, 4 modifiés"
        + " depuis la version 1 ; schéma : colonne ajoutée : horaires.");
    assertThat(((Element) version.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link").item(0))
        .getAttribute("href")).isEqualTo("https://data.valmont.example/jeux/equipements-publics");
    assertThat(text((Element) entries.item(0), "title")).endsWith("retiré de la publication");
  }

  @Test
  void theSitemapListsPublicPagesAndPublishedDatasetsOnly() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Sitemap.write(SITE, Entries.all(), out);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document sitemap = factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
    NodeList locs = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
    List<String> urls = new java.util.ArrayList<>();
    for (int i = 0; i < locs.getLength(); i++) {
      urls.add(locs.item(i).getTextContent());
    }
    assertThat(urls).contains("https://data.valmont.example/", "https://data.valmont.example/jeux",
        "https://data.valmont.example/mentions-legales", "https://data.valmont.example/accessibilite",
        "https://data.valmont.example/confidentialite", "https://data.valmont.example/api",
        "https://data.valmont.example/jeux/equipements-publics", "https://data.valmont.example/jeux/quartiers")
        .doesNotContain("https://data.valmont.example/jeux/signalements");
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("<loc>https://data.valmont.example/jeux/equipements-publics</loc><lastmod>2026-06-15T14:30:00Z");
  }

  @Test
  void theConfiguredBaseUrlWinsOverTheRequests() {
    assertThat(Entries.SETTINGS.baseUrlOr("http://127.0.0.1:8080")).isEqualTo("http://127.0.0.1:8080");
    SiteSettings proxied = Entries.settings("https://data.example.fr/", "C", "");
    assertThat(proxied.baseUrlOr("http://127.0.0.1:8080")).isEqualTo("https://data.example.fr");
  }

  private static String text(Element parent, String name) {
    return parent.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name).item(0).getTextContent();
  }
}
