package fr.socle.policies.detection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** How column names are read: split into folded tokens, and the words that say what a column is about. */
final class ColumnNames {
  private ColumnNames() {}

  /** Words that make a column name a place, facility, organisation or event, which people's names name too. */
  static final Set<String> PLACE_QUALIFIERS = Set.copyOf(List.of(
      "commune", "communes", "ville", "voie", "rue", "lieu", "lieudit", "site", "equipement", "equip",
      "etablissement", "structure", "association", "asso", "entreprise", "societe", "organisme", "organisation",
      "coll", "collectivite", "service", "direction", "parc", "ecole", "salle", "quartier", "iris", "region",
      "departement", "dept", "pays", "raison", "sociale", "attribuant", "commerce", "enseigne", "gare", "arret",
      "ligne", "station", "zone", "secteur", "canton", "epci", "bureau", "college", "lycee", "creche", "gymnase",
      "stade", "piscine", "mediatheque", "bibliotheque", "musee", "theatre", "cinema", "centre", "maison", "espace",
      "complexe", "halle", "foyer", "ehpad", "hopital", "eglise", "cimetiere", "jardin", "square", "place", "avenue",
      "boulevard", "allee", "impasse", "chemin", "route", "lieux", "batiment", "immeuble", "groupe", "groupescolaire",
      "voirie", "odonyme", "toponyme", "localite", "hameau", "residence", "lotissement", "club", "federation",
      "fournisseur", "acheteur", "employeur", "denomination", "etab", "erp", "parking", "equipements",
      "etablissements", "associations", "entreprises", "instance", "commission", "evenement", "manifestation",
      "spectacle", "festival", "prix", "trophee", "course"));
  /** Words that make a {@code nom_*} column name something else than a person, without naming a place. */
  static final Set<String> OTHER_QUALIFIERS = Set.copyOf(List.of(
      "projet", "dossier", "fichier", "document", "produit", "espece", "arbre", "dispositif", "budget", "bgt",
      "programme", "operation", "marche", "lot", "titre", "libelle", "matiere", "categorie", "type", "theme",
      "nature", "fonction", "compte", "chapitre", "article", "jeu", "donnees", "table", "colonne", "champ",
      "animation", "cours", "activite", "prestation", "aide", "subvention", "menu", "plat", "titulaire_marche"));
  static final Set<String> PERSON_QUALIFIERS = Set.copyOf(List.of(
      "demandeur", "demandeurs", "titulaire", "beneficiaire", "agent", "agents", "declarant", "requerant", "redacteur",
      "signataire", "usager", "usagers", "habitant", "proprietaire", "locataire", "contact", "elu", "elus",
      "conseiller",
      "responsable", "referent", "auteur", "patient", "eleve", "enfant", "parent", "parents", "naissance", "usage",
      "famille", "patronyme", "personne", "client", "abonne", "adherent", "membre", "president", "tresorier",
      "secretaire", "dirigeant", "gerant", "candidat", "laureat", "interlocuteur", "representant", "mandataire",
      "victime", "temoin", "plaignant", "contrevenant", "conducteur", "salarie", "employe", "stagiaire", "benevole",
      "defunt", "epoux", "epouse", "pere", "mere", "tuteur", "rapporteur", "instructeur", "emetteur", "destinataire",
      "proprio", "occupant", "resident", "pers", "nomprenom", "nom_prenom", "prenomnom", "identite"));
  static final Set<String> FACILITY_SCHEMAS = Set.of("equipements", "irve", "scdl-equipements",
      "etalab-schema-irve-statique", "lieux", "services");

  static boolean isFirstNameColumn(Set<String> tokens) {
    return tokens.contains("prenom") || tokens.contains("prenoms") || tokens.contains("firstname")
        || tokens.contains("givenname") || tokens.contains("first_name") || tokens.contains("nomprenom")
        || tokens.contains("prenomnom");
  }

  /**
   * {@code EQUIP_TEL} → equip, tel, equip_tel; {@code nomBeneficiaire} → nom, beneficiaire, nombeneficiaire;
   * {@code Date de naissance} → date, de, naissance, datedenaissance. Folded, so accents and case do not matter.
   */
  static Set<String> tokens(String columnName) {
    String folded = Chars.fold(splitCamelCase(columnName));
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Chars.isAsciiLetter(c) || Chars.isDigit(c)) {
        current.append(c);
      } else if (!current.isEmpty()) {
        parts.add(current.toString());
        current.setLength(0);
      }
    }
    if (!current.isEmpty()) {
      parts.add(current.toString());
    }
    Set<String> tokens = new HashSet<>(parts);
    tokens.add(String.join("", parts));
    for (int i = 0; i + 1 < parts.size(); i++) {
      tokens.add(parts.get(i) + parts.get(i + 1));
      tokens.add(parts.get(i) + "_" + parts.get(i + 1));
    }
    // "date_de_naissance" → also "datenaissance"; "num_secu" → "numsecu".
    List<String> meaningful = parts.stream().filter(p -> !p.equals("de") && !p.equals("du") && !p.equals("d")).toList();
    tokens.add(String.join("", meaningful));
    for (int i = 0; i + 1 < meaningful.size(); i++) {
      tokens.add(meaningful.get(i) + meaningful.get(i + 1));
    }
    for (String part : parts) {
      if (part.startsWith("naiss")) {
        tokens.add("naissance");
      }
      if (part.startsWith("telephon") || part.equals("tel") || part.equals("portable") || part.equals("mobile")) {
        tokens.add("tel");
      }
    }
    return Set.copyOf(tokens);
  }

  private static String splitCamelCase(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(s.charAt(i - 1))) {
        out.append('_');
      }
      out.append(c);
    }
    return out.toString();
  }
}
