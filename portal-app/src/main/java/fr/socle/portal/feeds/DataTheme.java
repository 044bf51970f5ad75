package fr.socle.portal.feeds;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The EU data themes ({@code http://publications.europa.eu/resource/authority/data-theme}), which DCAT-AP asks
 * {@code dcat:theme} to use, with their French and English labels; a catalogue's free-text theme is matched on the
 * label or on a few words collectivités use for it.
 */
enum DataTheme {
  AGRI("Agriculture, pêche, sylviculture et alimentation", "Agriculture, fisheries, forestry and food", "agriculture",
      "alimentation"),
  ECON("Économie et finances", "Economy and finance", "économie", "finances", "budget"),
  EDUC("Éducation, culture et sport", "Education, culture and sport", "éducation", "culture", "sport",
      "enseignement"),
  ENER("Énergie", "Energy"),
  ENVI("Environnement", "Environment"),
  GOVE("Gouvernement et secteur public", "Government and public sector", "administration", "citoyenneté"),
  HEAL("Santé", "Health"),
  INTR("Questions internationales", "International issues"),
  JUST("Justice, système juridique et sécurité publique", "Justice, legal system and public safety", "justice",
      "sécurité"),
  OP_DATPRO("Données provisoires", "Provisional data"),
  REGI("Régions et villes", "Regions and cities", "urbanisme", "aménagement", "territoire"),
  SOCI("Population et société", "Population and society", "social", "population", "société"),
  TECH("Science et technologie", "Science and technology"),
  TRAN("Transports", "Transport", "mobilité", "transport");

  static final String SCHEME = "http://publications.europa.eu/resource/authority/data-theme";

  private final String label;
  private final String english;
  private final List<String> words;

  DataTheme(String label, String english, String... words) {
    this.label = label;
    this.english = english;
    this.words = Arrays.stream(words).map(Words::folded).toList();
  }

  String label() {
    return label;
  }

  /** The vocabulary's English label. */
  String english() {
    return english;
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
