package fr.socle.portal.publicsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public site reads the open tier only: its rows through the Explore API's queries (the public principal),
 * its metadata from the public catalogue and the publication record. Nothing of the internal catalogue's reads,
 * no Trino gateway of its own.
 */
class OpenTierOnlyTest {
  private static final List<String> FORBIDDEN = List.of(
      "fr.socle.lakehouse.query.GovernedQueries", "fr.socle.lakehouse.query.TrinoGateway",
      "fr.socle.lakehouse.catalog.Catalogue;", "fr.socle.portal.catalogue.DatasetReads",
      "fr.socle.portal.catalogue.InternalCatalogue", "fr.socle.portal.catalogue.DatasetLookup",
      "fr.socle.portal.catalogue.ReadableTable", "Principals.INTERNAL", "@Qualifier(\"internal\")");

  @Test
  void thePublicSiteNamesNothingThatReadsTheInternalTier() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> sources = Files.list(Path.of("src/main/java/fr/socle/portal/publicsite"))) {
      for (Path source : sources.toList()) {
        String text = Files.readString(source);
        FORBIDDEN.stream().filter(text::contains).forEach(f -> found.add(source.getFileName() + ": " + f));
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void itsRowsComeThroughTheExploreQueriesOnly() throws IOException {
    String reads = Files.readString(Path.of("src/main/java/fr/socle/portal/publicsite/OpenReads.java"));
    assertThat(reads).contains("OpenReads(ExploreQueries queries, PageQueryQuota quota, Clock clock)");
  }
}
