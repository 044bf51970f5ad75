package fr.socle.lakehouse.demo;

import java.util.Locale;

/**
 * SIREN and SIRET numbers that pass INSEE's Luhn check, made up from random digits or, for a commune, from its INSEE
 * code the way INSEE numbers communes ({@code 21} + département + {@code 0} + commune number + key).
 */
final class Siret {
  private Siret() {}

  static boolean luhnValid(String digits) {
    int sum = 0;
    boolean twice = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return false;
      }
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }

  /** The digits followed by the Luhn key that makes the whole valid. */
  static String withLuhnKey(String digits) {
    for (char key = '0'; key <= '9'; key++) {
      String candidate = digits + key;
      if (luhnValid(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError("no Luhn key for " + digits);
  }

  /** A SIREN starting with {@code prefix} (e.g. {@code "21"} for a commune, {@code "4"} for a company). */
  static String siren(DemoRandom random, String prefix) {
    return withLuhnKey(prefix + random.digits(8 - prefix.length()));
  }

  /** An establishment of the SIREN: NIC of four digits plus a key making the SIRET Luhn-valid. */
  static String siret(String siren, int establishment) {
    return withLuhnKey(siren + String.format(Locale.ROOT, "%04d", establishment));
  }

  static String communeSiren(String inseeCode) {
    return withLuhnKey("21" + inseeCode.substring(0, 2) + "0" + inseeCode.substring(2));
  }
}
