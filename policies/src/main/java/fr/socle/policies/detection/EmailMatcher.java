package fr.socle.policies.detection;

/**
 * E-mail addresses, told apart: a service mailbox ({@code accueil@ville-xxx.fr}, {@code urbanisme@...}) is a
 * functional contact; a webmail address (gmail, orange.fr, ...), a {@code prenom.nom@} address, or an unknown
 * mailbox outside a facility column is a person's. Linear: each '@' expands at most 64 characters left, 255 right.
 */
final class EmailMatcher {
  private EmailMatcher() {}

  static void find(Scan scan) {
    findWritten(scan);
    if (scan.letters >= 6) {
      findSpelledOut(scan);
    }
  }

  private static void findWritten(Scan scan) {
    if (!scan.hasAt) {
      return;
    }
    CharSequence s = scan.s;
    for (int at = 0; at < scan.n; at++) {
      if (s.charAt(at) != '@') {
        continue;
      }
      int left = at;
      while (left > 0 && at - left < 64 && isLocalChar(s.charAt(left - 1))) {
        left--;
      }
      while (left < at && (s.charAt(left) == '.' || s.charAt(left) == '-')) {
        left++;
      }
      if (left == at) {
        continue;
      }
      int right = at + 1;
      while (right < scan.n && right - at < 255 && isDomainChar(s.charAt(right))) {
        right++;
      }
      while (right > at + 1 && (s.charAt(right - 1) == '.' || s.charAt(right - 1) == '-')) {
        right--;
      }
      int lastDot = -1;
      for (int i = at + 1; i < right; i++) {
        if (s.charAt(i) == '.') {
          lastDot = i;
        }
      }
      if (lastDot <= at + 1 || right - lastDot - 1 < 2 || !lettersOnly(s, lastDot + 1, right)) {
        continue;
      }
      scan.found(classify(scan, left, at, right), left, right);
      at = right - 1;
    }
  }

  /** How people write « @ » and « . » to keep robots off an address: {@code jeanne.dupont [at] gmail [dot] com}. */
  private static final Lexicon AT_WORDS = Lexicon.of("[at]", "(at)", "{at}", "[@]", "(@)", "[arobase]", "(arobase)",
      "[arobas]", "(arobas)");
  private static final Lexicon DOT_WORDS = Lexicon.of("[dot]", "(dot)", "{dot}", "[.]", "(.)", "[point]", "(point)");

  /**
   * Addresses spelled out ({@code jeanne.dupont [at] gmail.com}, {@code j.dupont(arobase)orange(point)fr}): a person's,
   * unless the mailbox is a service's ({@code contact [at] ...}). The same linear bounds as written addresses.
   */
  private static void findSpelledOut(Scan scan) {
    CharSequence s = scan.s;
    for (int i = 0; i + 4 <= scan.n; i++) {
      char c = s.charAt(i);
      if (c != '[' && c != '(' && c != '{') {
        continue;
      }
      int word = bracketed(scan, i, AT_WORDS);
      if (word < 0) {
        continue;
      }
      int localEnd = i > 0 && s.charAt(i - 1) == ' ' ? i - 1 : i;
      int left = localEnd;
      while (left > 0 && localEnd - left < 64 && isLocalChar(s.charAt(left - 1))) {
        left--;
      }
      if (left == localEnd) {
        continue;
      }
      int p = word < scan.n && s.charAt(word) == ' ' ? word + 1 : word;
      int domainStart = p;
      int labels = 0;
      int lastLabel = -1;
      int right = p;
      while (p < scan.n && p - domainStart < 255) {
        int labelStart = p;
        while (p < scan.n && (Chars.isAsciiLetter(s.charAt(p)) || Chars.isDigit(s.charAt(p)) || s.charAt(p) == '-')) {
          p++;
        }
        if (p == labelStart) {
          break;
        }
        labels++;
        lastLabel = labelStart;
        right = p;
        int dot = p < scan.n && s.charAt(p) == '.' ? p + 1 : dotWord(scan, p);
        if (dot < 0 || dot >= scan.n || !Chars.isAsciiLetter(s.charAt(dot))) {
          break;
        }
        p = dot;
      }
      if (labels < 2 || right - lastLabel < 2 || !lettersOnly(s, lastLabel, right)) {
        continue;
      }
      int t0s = nextAlpha(s, left, localEnd);
      boolean service = SERVICES.contains(s, t0s, alphaEnd(s, t0s, localEnd));
      scan.found(service ? FindingKind.SERVICE_EMAIL : FindingKind.EMAIL, left, right);
      i = right - 1;
    }
  }

  /** The end of one of the bracketed words at {@code i} (any case), or -1. */
  private static int bracketed(Scan scan, int i, Lexicon words) {
    CharSequence s = scan.s;
    int close = i + 1;
    while (close < scan.n && close - i < 10 && s.charAt(close) != ']' && s.charAt(close) != ')'
        && s.charAt(close) != '}') {
      close++;
    }
    if (close >= scan.n || close - i >= 10) {
      return -1;
    }
    return words.contains(s, i, close + 1) ? close + 1 : -1;
  }

  /** After a domain label: a spelled-out dot ({@code [dot]}, spaces around allowed), the next label's start or -1. */
  private static int dotWord(Scan scan, int p) {
    CharSequence s = scan.s;
    int q = p < scan.n && s.charAt(p) == ' ' ? p + 1 : p;
    if (q >= scan.n || (s.charAt(q) != '[' && s.charAt(q) != '(' && s.charAt(q) != '{')) {
      return -1;
    }
    int end = bracketed(scan, q, DOT_WORDS);
    if (end < 0) {
      return -1;
    }
    return end < scan.n && s.charAt(end) == ' ' ? end + 1 : end;
  }

  private static FindingKind classify(Scan scan, int left, int at, int right) {
    CharSequence s = scan.s;
    boolean webmail = isWebmail(s, at + 1, right);
    // The first two alphabetic tokens of the local part: "jean.dupont" → jean, dupont; "ce.0751234a" → ce, a.
    int t0s = nextAlpha(s, left, at);
    int t0e = alphaEnd(s, t0s, at);
    int t1s = nextAlpha(s, t0e, at);
    int t1e = alphaEnd(s, t1s, at);
    boolean oneToken = t1s >= at;
    boolean personal = looksLikePersonName(s, t0s, t0e, t1s, t1e, oneToken);
    if (webmail) {
      return !personal && INSTITUTIONS.contains(s, t0s, t0e) ? FindingKind.SERVICE_EMAIL : FindingKind.EMAIL;
    }
    if (personal) {
      return FindingKind.EMAIL;
    }
    if (SERVICES.contains(s, t0s, t0e) || INSTITUTIONS.contains(s, t0s, t0e)) {
      return FindingKind.SERVICE_EMAIL;
    }
    if (scan.ctx.isFacilityContact()) {
      return FindingKind.SERVICE_EMAIL;
    }
    // An acronym mailbox at an organisation's domain: dgs@, rh@, pm@, st@.
    if (oneToken && at - left <= 4) {
      return FindingKind.SERVICE_EMAIL;
    }
    return FindingKind.EMAIL;
  }

  private static boolean looksLikePersonName(CharSequence s, int t0s, int t0e, int t1s, int t1e, boolean oneToken) {
    int l0 = t0e - t0s;
    int l1 = t1e - t1s;
    if (SERVICES.contains(s, t0s, t0e)) {
      return false;
    }
    if (oneToken) {
      return FirstNames.contains(s, t0s, t0e);
    }
    if (FirstNames.contains(s, t0s, t0e) && l1 >= 2) {
      return true; // jean.dupont, marie-durand
    }
    if (l0 == 1 && l1 >= 3) {
      return true; // j.dupont
    }
    return l0 >= 3 && FirstNames.contains(s, t1s, t1e) && !SERVICES.contains(s, t1s, t1e); // dupont.jean
  }

  private static int nextAlpha(CharSequence s, int from, int limit) {
    int i = from;
    while (i < limit && !Chars.isLetter(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int alphaEnd(CharSequence s, int from, int limit) {
    int i = from;
    while (i < limit && Chars.isLetter(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isWebmail(CharSequence s, int start, int end) {
    // The whole domain, or its last two labels (mail.yahoo.fr), or for *.co.uk-like its last three.
    if (WEBMAIL.contains(s, start, end)) {
      return true;
    }
    int dots = 0;
    for (int i = end - 1; i > start; i--) {
      if (s.charAt(i) == '.') {
        dots++;
        if (dots >= 2 && WEBMAIL.contains(s, i + 1, end)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isLocalChar(char c) {
    return Chars.isAsciiLetter(c) || Chars.isDigit(c) || c == '.' || c == '_' || c == '-' || c == '+' || c == '%'
        || (c > 127 && Character.isLetter(c));
  }

  private static boolean isDomainChar(char c) {
    return Chars.isAsciiLetter(c) || Chars.isDigit(c) || c == '.' || c == '-';
  }

  private static boolean lettersOnly(CharSequence s, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Chars.isAsciiLetter(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Domains of consumer mailboxes: an address there is a person's (or a very small structure's). */
  static final Lexicon WEBMAIL = Lexicon.of(
      "gmail.com", "googlemail.com", "orange.fr", "wanadoo.fr", "free.fr", "laposte.net", "hotmail.com", "hotmail.fr",
      "outlook.com", "outlook.fr", "live.fr", "live.com", "msn.com", "yahoo.fr", "yahoo.com", "ymail.com", "sfr.fr",
      "neuf.fr", "icloud.com", "me.com", "mac.com", "aol.com", "aol.fr", "gmx.fr", "gmx.com", "gmx.de", "gmx.net",
      "protonmail.com", "proton.me", "pm.me", "club-internet.fr", "numericable.fr", "bbox.fr", "voila.fr", "tiscali.fr",
      "aliceadsl.fr", "alice.fr", "cegetel.net", "noos.fr", "mailo.com", "yandex.com", "yandex.ru", "libertysurf.fr",
      "netcourrier.com", "caramail.com", "skynet.be", "bluewin.ch", "web.de", "hotmail.be", "yahoo.co.uk",
      "hotmail.co.uk", "live.be", "outlook.be", "zoho.com", "tutanota.com", "mail.com", "email.com", "ovh.fr");

  /** Local parts of public-service and organisation mailboxes. */
  static final Lexicon SERVICES = Lexicon.of(
      "accueil", "mairie", "contact", "contacts", "info", "infos", "information", "informations", "urbanisme",
      "secretariat", "direction", "service", "services", "courrier", "courriers", "etatcivil", "etat", "communication",
      "com", "cabinet", "technique", "techniques", "st", "rh", "drh", "ccas", "cias", "police", "policemunicipale",
      "pm", "mediatheque", "bibliotheque", "biblio", "piscine", "ecole", "college", "lycee", "creche", "multiaccueil",
      "periscolaire", "enfance", "jeunesse", "sport", "sports", "culture", "social", "action", "finances", "finance",
      "comptabilite", "compta", "marches", "marchespublics", "commande", "achats", "juridique", "elections",
      "population", "affaires", "cimetiere", "environnement", "dechets", "eau", "assainissement", "voirie", "travaux",
      "proprete", "espaces", "espacesverts", "tourisme", "office", "ot", "musee", "theatre", "cinema",
      "conservatoire", "salle", "gymnase", "stade", "camping", "port", "capitainerie", "gare", "transport",
      "transports", "mobilite", "habitat", "logement", "emploi", "economie", "developpement", "dev", "agenda",
      "evenements", "evenementiel", "festival", "presse", "webmaster", "postmaster", "noreply", "no", "nepasrepondre",
      "ne", "admin", "administration", "support", "helpdesk", "dsi", "informatique", "standard", "reception",
      "guichet", "relations", "citoyen", "citoyennete", "democratie", "participation", "conseil", "elus", "maire",
      "dgs", "dga", "sg", "ce", "ien", "circo", "restauration", "cantine", "scolaire", "education", "petiteenfance",
      "ram", "rpe", "relais", "epci", "agglo", "communaute", "syndicat", "sivom", "sivu", "sdis", "gendarmerie",
      "prefecture", "pref", "caf", "cpam", "pole", "franceservices", "msap", "ehpad", "foyer", "residence", "centre",
      "centresocial", "maison", "mjc", "asso", "association", "club", "comite", "amicale", "cdg", "rgpd", "dpo", "dpd",
      "prada", "archives", "documentation", "patrimoine", "mission", "projet", "projets", "hotel", "hoteldeville",
      "territoire", "plu", "adm", "instruction", "ads", "permis", "cadastre", "foncier", "sig", "geomatique", "data",
      "opendata", "donnees", "secretaire", "commune", "ville", "bureau", "compta", "facturation", "factures",
      "recrutement", "candidature", "candidatures", "stage", "formation", "paie", "regie", "regies", "tresorerie",
      "billetterie", "reservation", "reservations", "inscription", "inscriptions", "animation", "animations", "loisirs",
      "vie", "vieassociative", "associations", "seniors", "solidarite", "sante", "prevention", "securite", "ecoles",
      "restaurant", "cuisine", "accueilmairie", "mairiede", "contactmairie", "general", "hello", "bonjour", "equipe",
      "team", "office", "clsh", "alsh", "centreaere", "ludotheque", "espace", "france", "conciergerie");

  /** Words that make a webmail mailbox an institution's rather than a person's: mairie.x@wanadoo.fr. */
  static final Lexicon INSTITUTIONS = Lexicon.of(
      "mairie", "commune", "ccas", "ecole", "college", "bibliotheque", "biblio", "mediatheque", "association", "asso",
      "club", "comite", "amicale", "syndicat", "sivom", "sivu", "creche", "cantine", "periscolaire", "paroisse",
      "office", "ot", "camping", "salle", "foyer", "centre", "maison", "mjc", "conseil", "comitedesfetes", "apel",
      "ape", "fcpe", "sou", "usep", "ufolep", "ehpad", "secretariat", "secretariatmairie", "accueilmairie",
      "mairiede", "contactmairie", "ludotheque", "alsh", "clsh");
}
