package fr.socle.policies.detection;

import java.util.List;

/** The word lists the address and name matchers share, merged into {@link Vocabulary}. Accents and case don't matter. */
final class Lexicons {
  private Lexicons() {}

  /** Voie types that always introduce a street name, with their usual abbreviations. */
  static final List<String> VOIE = List.of(
      "rue", "r", "avenue", "av", "ave", "boulevard", "bd", "bld", "boul", "impasse", "imp", "allée", "allées", "all",
      "quai", "square", "sq", "chaussée", "faubourg", "fg", "fbg", "esplanade", "ruelle", "sentier", "lotissement",
      "hameau", "lieu-dit", "lieudit", "rond-point", "chemin", "ch", "che", "chem", "route", "rte", "venelle", "sente",
      "traverse", "montée", "corniche", "voie", "carrefour", "rampe", "parvis", "promenade");

  /** Voie types that are also ordinary words ("3 cours de tennis"): the name after them must be capitalised. */
  static final List<String> AMBIGUOUS_VOIE = List.of(
      "place", "pl", "cours", "passage", "cité", "clos", "villa", "résidence", "res", "domaine", "mail", "cour",
      "parc", "zone", "za", "zi", "zac", "port", "pont", "côte", "val", "quartier", "jardin", "jardins", "lot",
      "galerie", "plateau", "village", "bourg", "mas", "digue", "porte", "terrasse", "terrasses");

  /** Words that name places, facilities and organisations: a first name after them is part of a name of a place. */
  static final List<String> PLACE = List.of(
      // voies
      "rue", "avenue", "av", "boulevard", "bd", "bld", "impasse", "allée", "allées", "quai", "square", "chaussée",
      "faubourg", "esplanade", "ruelle", "sentier", "lotissement", "hameau", "lieu-dit", "rond-point", "chemin",
      "route", "rte", "venelle", "sente", "traverse", "montée", "corniche", "voie", "carrefour", "rampe", "parvis",
      "promenade", "place", "pl", "cours", "passage", "cité", "clos", "villa", "résidence", "domaine", "mail", "cour",
      "parc", "zone", "zac", "port", "pont", "quartier", "jardin", "jardins", "galerie", "plateau", "village", "bourg",
      "porte", "terrasse", "terrasses", "ilot", "îlot", "secteur", "bâtiment", "bat", "immeuble", "tour",
      // facilities
      "gymnase", "école", "ecole", "collège", "lycée", "stade", "salle", "piscine", "médiathèque", "bibliothèque",
      "musée", "théâtre", "cinéma", "conservatoire", "complexe", "centre", "maison", "espace", "halle", "halles",
      "crèche", "hôpital", "clinique", "ehpad", "foyer", "groupe", "scolaire", "élémentaire", "maternelle", "primaire",
      "université", "faculté", "institut", "campus", "église", "chapelle", "cathédrale", "temple", "mosquée",
      "synagogue", "cimetière", "mairie", "hôtel", "prefecture", "préfecture", "tribunal", "gendarmerie", "caserne",
      "gare", "aéroport", "château", "fort", "abbaye", "station", "arrêt", "parking", "aire", "base", "plage",
      "boulodrome", "skatepark", "dojo", "patinoire", "vélodrome", "hippodrome", "auditorium", "amphithéâtre",
      "pavillon", "chalet", "refuge", "camping", "ludothèque", "multi-accueil", "pôle", "pole", "point", "relais",
      "résidence", "résidences", "ferme", "manoir", "lac", "étang", "bois", "forêt", "square", "rond", "pointe",
      // organisations, events
      "association", "asso", "club", "comité", "fédération", "amicale", "union", "ligue", "fondation", "société",
      "sarl", "sas", "sasu", "eurl", "sci", "scop", "snc", "gie", "earl", "gaec", "entreprise", "ets",
      "établissements", "cabinet", "agence", "garage", "boulangerie", "pharmacie", "restaurant", "café", "bar",
      "auberge", "boutique", "magasin", "atelier", "studio", "laboratoire", "office", "syndicat", "sivom", "sivu",
      "communauté", "agglomération", "métropole", "prix", "trophée", "festival", "fête", "fêtes", "rallye",
      "course", "marathon", "challenge", "tournoi", "coupe", "promotion", "amis", "collectif", "opération",
      "programme", "projet", "plan", "dispositif", "fonds", "bourse", "librairie", "éditions", "journal", "radio",
      "saint", "sainte", "st", "ste", "notre-dame", "rpi", "sivos", "ccas", "cias", "mjc", "ehpa", "foyer-logement",
      "lycée-collège", "boucherie", "charcuterie", "épicerie", "supermarché", "hôtel-restaurant", "brasserie",
      "salon", "institut", "coiffure", "imprimerie", "transports", "taxi", "ambulances", "menuiserie", "plomberie",
      "électricité", "maçonnerie", "paysage", "paysagiste", "domaine", "vignoble", "cave", "cité", "hlm", "opac",
      "oph", "résidence", "collectivité", "département", "région", "commune", "ville", "conseil",
      // events named after people
      "cross", "meeting", "gala", "concert", "exposition", "expo", "foire", "marché", "journée", "journées",
      "semaine", "nuit", "hommage", "commémoration", "cérémonie", "concours", "rencontres", "mémorial", "memorial",
      "souvenir", "circuit", "critérium", "grand-prix", "édition", "saison", "spectacle",
      // makes of vehicles, whose models are first names (Renault Zoé, Renault Clio)
      "renault", "peugeot", "citroën", "citroen", "toyota", "dacia", "fiat", "volkswagen", "vw", "ford", "opel",
      "nissan", "tesla", "bmw", "audi", "mercedes", "kia", "hyundai", "skoda", "seat", "iveco", "man", "scania");

  /** Words that are never a surname even capitalised. */
  static final List<String> NOT_SURNAME = List.of(
      "le", "la", "les", "l", "de", "du", "des", "d", "un", "une", "et", "ou", "au", "aux", "en", "sur", "sous",
      "pour", "par", "avec", "dans", "chez", "à", "a", "y", "ce", "ces", "cette", "son", "sa", "ses", "mon", "ma",
      "mes", "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "tu", "qui", "que", "quoi", "dont", "ne",
      "pas", "plus", "très", "bien", "non", "oui", "merci", "bonjour", "madame", "monsieur", "mademoiselle", "mme",
      "mlle", "m", "mr", "dr", "me", "maire", "adjoint", "adjointe", "président", "présidente", "directeur",
      "directrice", "conseiller", "conseillère", "secrétaire", "trésorier", "trésorière", "chef", "responsable",
      "agent", "service", "services", "direction", "état", "république", "france", "cedex", "bp", "cs", "tél", "tel",
      "fax", "email", "mail", "courriel", "site", "web", "www", "http", "https", "janvier", "février", "mars",
      "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "lundi", "mardi",
      "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "nord", "sud", "est", "ouest", "haut", "bas",
      "grande", "petite", "vieux", "vieille", "nouveau", "nouvelle", "notre", "dame", "sans", "objet",
      "total", "divers", "autre", "autres", "inconnu", "inconnue", "anonyme", "nc", "nr", "na", "néant", "vide",
      "null", "none", "test", "père", "mère", "fils", "fille", "frères", "soeurs", "famille", "veuve", "ép", "née",
      "né", "dit", "dite", "demande", "dossier", "réclamation", "signalement", "intervention", "travaux", "rdv",
      "appel", "voir", "cf", "suite", "urgent", "ok", "ras", "fin", "début", "date", "heure", "montant", "euros",
      "eur", "ht", "ttc", "tva", "n°", "no", "numéro", "ref", "réf", "référence", "contact", "adresse", "ville",
      "commune", "pays", "code", "postal", "bâtiment", "étage", "appartement", "appt", "porte", "escalier", "lot",
      "municipal", "municipale", "municipaux", "communal", "communale", "départemental", "régional", "national",
      "nationale", "public", "publique", "privé", "privée", "jeunesse", "sport", "sports", "culture", "enfance",
      "loisirs", "élus", "élu", "élue", "conseil", "séance", "délibération", "vote", "pour", "contre", "abstention",
      "il", "est", "sont", "a", "ont", "été", "être", "avoir", "fait", "faire", "après", "avant", "depuis", "entre",
      "selon", "vers", "lors", "ainsi", "aussi", "comme", "mais", "donc", "car", "puis", "alors", "tout", "tous",
      "toute", "toutes", "chaque", "aucun", "aucune", "même", "encore", "déjà", "jamais", "toujours", "ici", "là");

  /** Civil titles that announce a name. */
  static final List<String> TITLE = List.of("m", "mr", "mme", "mmes", "mlle", "melle", "monsieur", "madame",
      "mademoiselle", "messieurs", "dr", "docteur", "me", "maître", "pr", "professeur");

  /** Particles inside surnames: "Charles de Gaulle", "Jean de La Fontaine", "Vincent Van Gogh". */
  static final List<String> PARTICLE = List.of("de", "du", "des", "d", "le", "la", "van", "von", "der", "den", "da",
      "di", "del", "della", "dos", "das", "ben", "ibn", "bin", "el", "al", "mac", "mc", "ter", "ten", "saint");

  /** Short titles that need no dot to be titles. */
  static final List<String> TITLE_WITHOUT_DOT = List.of("mme", "mlle", "mr", "dr", "me");
}
