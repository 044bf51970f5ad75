package fr.socle.lakehouse.catalog;

import java.util.Set;

/** The reuse licences of French public data (D323-2-1). */
public final class Licences {
  public static final String LICENCE_OUVERTE = "etalab-2.0";
  public static final String ODBL = "odbl-1.0";
  static final Set<String> KNOWN = Set.of(LICENCE_OUVERTE, ODBL);

  private Licences() {}

  public static String label(String code) {
    return switch (code) {
      case LICENCE_OUVERTE -> "Licence Ouverte / Open Licence 2.0";
      case ODBL -> "Open Database License (ODbL) 1.0";
      default -> code;
    };
  }

  /** The licence's reference text, or an empty string for an unknown code. */
  public static String url(String code) {
    return switch (code) {
      case LICENCE_OUVERTE -> "https://www.etalab.gouv.fr/licence-ouverte-open-licence/";
      case ODBL -> "https://opendatacommons.org/licenses/odbl/1-0/";
      default -> "";
    };
  }
}
