package fr.socle.lakehouse.demo;

/**
 * Private contacts as people type them: webmail addresses and mobile numbers, in the variety of forms a detector has
 * to recognise. Functional contacts of the town (switchboards, service mailboxes) are made elsewhere.
 */
final class Contacts {
  private static final String[] WEBMAILS = {
      "gmail.com", "gmail.com", "gmail.com", "orange.fr", "orange.fr", "hotmail.fr", "hotmail.com", "yahoo.fr",
      "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "outlook.fr", "icloud.com", "live.fr", "protonmail.com"};

  private Contacts() {}

  static String webmail(DemoRandom random, String firstName, String surname) {
    String first = PersonNames.asciiLower(firstName);
    String last = PersonNames.asciiLower(surname);
    String local = switch (random.nextInt(6)) {
      case 0, 1 -> first + "." + last;
      case 2 -> first.charAt(0) + last;
      case 3 -> first + last + random.between(1, 99);
      case 4 -> last + "." + first;
      default -> first + "_" + last + random.between(1950, 2008);
    };
    return local + "@" + random.pick(WEBMAILS);
  }

  /** A French mobile number in one of the ways people write it. */
  static String mobile(DemoRandom random) {
    char prefix = random.chance(0.8) ? '6' : '7';
    String rest = random.digits(8);
    return switch (random.nextInt(5)) {
      case 0, 1 -> "0" + prefix + " " + pairs(rest, ' ');
      case 2 -> "0" + prefix + rest;
      case 3 -> "+33 " + prefix + " " + pairs(rest, ' ');
      default -> "0" + prefix + "." + pairs(rest, '.');
    };
  }

  /** « 12345678 » → « 12 34 56 78 ». */
  static String pairs(String digits, char separator) {
    StringBuilder sb = new StringBuilder(digits.length() * 3 / 2);
    for (int i = 0; i < digits.length(); i += 2) {
      if (i > 0) {
        sb.append(separator);
      }
      sb.append(digits, i, Math.min(i + 2, digits.length()));
    }
    return sb.toString();
  }
}
