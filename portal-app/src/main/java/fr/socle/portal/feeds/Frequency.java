package fr.socle.portal.feeds;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Update frequencies: the EU frequency vocabulary's code ({@code dct:accrualPeriodicity}) and the SCDL catalogue's
 * {@code FREQ_MAJ} value, recognised from the catalogue's free text in English or French.
 */
enum Frequency {
  CONT("Continuelle", "continuous", "continuelle", "temps réel"),
  HOURLY("Toutes les heures", "hourly", "horaire"),
  DAILY("Quotidienne ou plusieurs fois par jour", "daily", "quotidienne", "quotidien"),
  WEEKLY("Hebdomadaire ou plusieurs fois par semaine", "weekly", "hebdomadaire"),
  MONTHLY("Mensuelle ou plusieurs fois par mois", "monthly", "mensuelle", "mensuel"),
  BIMONTHLY("Bimestrielle", "bimonthly", "bimestrielle"),
  QUARTERLY("Trimestrielle", "quarterly", "trimestrielle"),
  ANNUAL_2("Semestrielle", "semiannual", "semestrielle"),
  ANNUAL("Annuelle", "annual", "yearly", "annuelle", "annuel"),
  BIENNIAL("Biennale", "biennial", "biennale"),
  TRIENNIAL("Triennale", "triennial", "triennale"),
  QUINQUENNIAL("Quinquennale", "quinquennial", "quinquennale"),
  IRREG("Irrégulière", "irregular", "irrégulière", "irrégulier"),
  NEVER("Ponctuelle", "never", "once", "ponctuelle"),
  UNKNOWN("Inconnue", "unknown", "inconnue");

  static final String SCHEME = "http://publications.europa.eu/resource/authority/frequency";

  private final String scdlLabel;
  private final List<String> words;

  Frequency(String scdlLabel, String... words) {
    this.scdlLabel = scdlLabel;
    this.words = Arrays.stream(words).map(Words::folded).toList();
  }

  String scdlLabel() {
    return scdlLabel;
  }

  String uri() {
    return SCHEME + "/" + name();
  }

  /** The frequency a catalogue entry states, {@link #UNKNOWN} when it states none or one not recognised. */
  static Frequency of(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return UNKNOWN;
    }
    String folded = Words.folded(text);
    return Arrays.stream(values()).filter(f -> f.words.contains(folded) || Words.folded(f.scdlLabel).equals(folded))
        .findFirst().orElse(UNKNOWN);
  }
}
