package fr.socle.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinksTest {
  private final Links links = new Links();

  @Test
  void emptyParametersAreLeftOutAndValuesEncoded() {
    assertThat(links.of("/espace/audit", "acteur", null, "texte", "a b&c", "du", "", "page", 2))
        .isEqualTo("/espace/audit?texte=a+b%26c&page=2");
    assertThat(links.of("/espace/jeux/x", "version", null)).isEqualTo("/espace/jeux/x");
  }
}
