package fr.socle.portal.explore;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.lakehouse.catalog.DatasetColumn;
import org.junit.jupiter.api.Test;

/** What the public reads of a column is what was published, not what the internal table holds. */
class PublicationCatalogTest {
  private static final DatasetColumn LATITUDE =
      new DatasetColumn("latitude", "double", "Latitude", "6 décimales, position GPS précise du téléphone");

  @Test
  void aTransformedColumnSaysWhatWasDoneNotWhatTheRawValuesWere() {
    assertThat(PublicationCatalog.publicDescription(LATITUDE, "latitude — généraliser à une grille de 1000 m"))
        .isEqualTo("Transformée avant publication : généraliser à une grille de 1000 m.");
  }

  @Test
  void aColumnPublishedAsItIsKeepsItsStewardsDescription() {
    assertThat(PublicationCatalog.publicDescription(LATITUDE, "latitude"))
        .isEqualTo("6 décimales, position GPS précise du téléphone");
    assertThat(PublicationCatalog.publicDescription(null, null)).isNull();
  }
}
