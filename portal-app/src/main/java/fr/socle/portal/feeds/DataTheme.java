package fr.socle.portal.feeds;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The EU data themes ({@code http://publications.europa.eu/resource/authority/data-theme}), which DCAT-AP asks
 * {@code dcat:theme} to use, with their French labels; a catalogue's free-text theme is matched on the label or on
 * a few words collectivités use for it.
 */
enum DataTheme {
  AGRI("Agriculture, pêche, sylviculture et alimentation", "agriculture", "alimentation"),
  ECON("Économie et finances", "économie", "finances", "budget"),
  EDUC("Éducation, culture et sport", "éducation", "culture", "sport", "enseignement"),
  ENER("Énergie"),
  ENVI("Environnement"),
  GOVE("Gouvernement et secteur public", "administration", "citoyenneté"),
  HEAL("Santé"),
  INTR("Questions internationales"),
  JUST("Justice, système juridique et sécurité publique", "justice", "sécurité"),
  OP_DATPRO("Données provisoires"),
  REGI("Régions et villes", "urbanisme", "aménagement", "territoire"),
  SOCI("Population et société", "social", "population", "société"),
  TECH("Science et technologie"),
  TRAN("Transports", "mobilité", "transport");

  static final String SCHEME = "http://publications.europa.eu/resource/authority/data-theme";

  private final String label;
  private final List<String> words;

  DataTheme(String label, String... words) {
    this.label = label;
    this.words = Arrays.stream(words).map(Words::folded).toList();
  }

  String label() {
    return label;
  }

  String uri() {
    return SCHEME + "/" + name();
  }

  static Optional<DataTheme> of(String theme) {
    String folded = Words.folded(theme);
    return Arrays.stream(values())
        .filter(t -> Words.folded(t.label).equals(folded) || t.words.contains(folded))
        .findFirst();
  }
}
