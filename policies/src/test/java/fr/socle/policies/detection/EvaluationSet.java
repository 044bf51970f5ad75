package fr.socle.policies.detection;

import static fr.socle.policies.detection.FindingKind.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A labelled evaluation set: columns as French collectivités hold them, each with a name, the dataset around it
 * (SCDL schema, sibling columns), a few dozen values and the personal-data kinds it truly holds. Built from a seed,
 * so it is the same on every run. Includes the traps the issue lists: misleading column names, mixed columns, free
 * text with embedded phones and e-mails, facility and street names made of people's names, service contacts,
 * postcodes among amounts.
 */
final class EvaluationSet {
  /** A value and whether it holds the column's kinds (a placeholder or a clean comment does not). */
  record Cell(String value, boolean positive) {}

  record LabelledColumn(
      String name, @Nullable String schema, List<String> siblings, List<Cell> cells, Set<FindingKind> truth) {
    List<String> values() {
      return cells.stream().map(Cell::value).toList();
    }

    ColumnContext context() {
      return new ColumnContext(name, schema, siblings);
    }

    boolean holdsDirectIdentifier() {
      return truth.stream().anyMatch(FindingKind::isDirectIdentifier);
    }
  }

  private static final int VALUES = 40;

  private final FrenchData data;
  private final List<LabelledColumn> columns = new ArrayList<>();

  private EvaluationSet(long seed) {
    this.data = new FrenchData(seed);
  }

  static List<LabelledColumn> build(long seed) {
    EvaluationSet set = new EvaluationSet(seed);
    set.directIdentifiers();
    set.quasiIdentifiers();
    set.freeText();
    set.publishable();
    set.misleading();
    return List.copyOf(set.columns);
  }

  // ---------------------------------------------------------------- direct identifiers

  private void directIdentifiers() {
    for (String name : List.of("email", "courriel", "mail_demandeur", "email_contact", "adresse_mail", "e-mail")) {
      add(name, null, List.of("nom", "prenom", name), noisy(data::personalEmail, 0.1), EMAIL);
    }
    for (String name : List.of("contact", "email", "mel")) {
      add(name, null, List.of(), mixed(data::personalEmail, data::serviceEmail, 0.4), EMAIL);
    }
    for (String name : List.of("email_agent", "courriel_referent")) {
      add(name, null, List.of(), noisy(data::professionalEmail, 0.05), EMAIL);
    }
    for (String name : List.of("telephone", "tel", "portable", "tel_demandeur", "numero_tel", "mobile", "TELEPHONE")) {
      add(name, null, List.of(), noisy(data::mobile, 0.15), PHONE);
    }
    for (String name : List.of("telephone_domicile", "tel_fixe", "telephone_contact")) {
      add(name, null, List.of(), noisy(() -> data.chance(0.5) ? data.landline() : data.mobile(), 0.1), PHONE);
    }
    for (String name : List.of("nir", "num_secu", "numero_securite_sociale", "NSS", "identifiant_assure")) {
      add(name, null, List.of(), noisy(data::nir, 0.05), NIR);
    }
    for (String name : List.of("iban", "rib", "coordonnees_bancaires", "IBAN_BENEFICIAIRE")) {
      add(name, null, List.of(), noisy(data::iban, 0.05), IBAN);
    }
    for (String name : List.of("nom_prenom", "demandeur", "beneficiaire", "agent", "titulaire", "identite",
        "redacteur", "declarant", "nom_complet", "responsable", "signataire", "usager")) {
      add(name, null, List.of(), noisy(data::fullName, 0.05), PERSON_NAME);
    }
    for (String name : List.of("nom", "NOM", "nom_famille")) {
      add(name, null, List.of("id", name, "prenom", "date_naissance"),
          noisy(() -> data.chance(0.5) ? data.surname().toUpperCase(Locale.ROOT) : data.surname(), 0.05),
          PERSON_NAME);
    }
    for (String name : List.of("nom_naissance", "nom_usage", "patronyme")) {
      add(name, null, List.of(), noisy(() -> data.surname().toUpperCase(Locale.ROOT), 0.05), PERSON_NAME);
    }
    for (String name : List.of("adresse", "adresse_demandeur", "domicile", "adresse_postale", "adresse_proprietaire",
        "lieu_residence")) {
      add(name, null, List.of(), noisy(data::houseAddress, 0.05), POSTAL_ADDRESS);
    }
    for (String name : List.of("immatriculation", "plaque", "vehicule_immat", "immat")) {
      add(name, null, List.of(), noisy(data::plate, 0.05), VEHICLE_PLATE);
    }
    // An association directory: one column holds the president's name and mobile.
    add("contact_president", null, List.of(),
        noisy(() -> "Président : " + data.firstName() + " " + data.surname() + " - " + data.mobile(), 0.1),
        PERSON_NAME, PHONE);
    // Producers who type in lower case, or write the initial only.
    for (String name : List.of("demandeur_nom", "nom_prenom_usager")) {
      add(name, null, List.of(), noisy(() -> (data.firstName() + " " + data.surname()).toLowerCase(Locale.ROOT), 0.05),
          PERSON_NAME);
    }
    add("signataires", null, List.of(), noisy(() -> data.surname().toUpperCase(Locale.ROOT) + " "
        + data.firstName().charAt(0) + ".", 0.05), PERSON_NAME);
    // Overseas numbers (Réunion, Guadeloupe, Martinique, Guyane, Mayotte).
    add("tel_contact", null, List.of(), noisy(() -> "+" + data.pick(List.of("262 692", "590 690", "596 696",
        "594 694", "269 639")) + " " + data.between(10, 99) + " " + data.between(10, 99) + " " + data.between(10, 99),
        0.05), PHONE);
    add("telephone_usager", null, List.of(), noisy(() -> "(+33) " + data.between(6, 7) + " "
        + data.between(10, 99) + " " + data.between(10, 99) + " " + data.between(10, 99) + " "
        + data.between(10, 99), 0.05), PHONE);
    add("rapporteur", "deliberations", List.of("DELIB_ID", "rapporteur"),
        noisy(() -> (data.chance(0.5) ? "M. " : "Mme ") + data.firstName() + " " + data.surname(), 0.0),
        PERSON_NAME);
  }

  // ---------------------------------------------------------------- quasi-identifiers

  private void quasiIdentifiers() {
    for (String name : List.of("prenom", "prenoms", "first_name", "Prénom")) {
      add(name, null, List.of("nom", name), noisy(data::firstName, 0.05), FIRST_NAME);
    }
    add("ENFANT_PRENOM", "prenoms", List.of("COMMUNE_NOM", "ENFANT_SEXE", "ENFANT_PRENOM", "NOMBRE_OCCURRENCES"),
        noisy(() -> data.firstName().toUpperCase(Locale.ROOT), 0.0), FIRST_NAME);
    for (String name : List.of("date_naissance", "ddn", "naissance", "date_de_naissance", "dateNaissance")) {
      add(name, null, List.of(), noisy(data::birthDate, 0.05), BIRTH_DATE);
    }
    for (String name : List.of("latitude", "lat", "y_wgs84")) {
      add(name, null, List.of(), noisy(() -> String.format(Locale.ROOT, "%.6f", data.lat()), 0.05),
          PRECISE_COORDINATES);
    }
    for (String name : List.of("longitude", "lon", "long")) {
      add(name, null, List.of(), noisy(() -> String.format(Locale.FRANCE, "%.5f", data.lon()), 0.05),
          PRECISE_COORDINATES);
    }
    for (String name : List.of("geo_point_2d", "coordonnees", "localisation")) {
      add(name, null, List.of(),
          noisy(() -> String.format(Locale.ROOT, "%.5f, %.5f", data.lat(), data.lon()), 0.05), PRECISE_COORDINATES);
    }
    for (String name : List.of("x", "coord_x", "x_l93")) {
      add(name, null, List.of(), noisy(() -> String.valueOf(data.between(150_000, 1_200_000)), 0.05),
          PRECISE_COORDINATES);
    }
    add("geom", null, List.of(), noisy(() -> String.format(Locale.ROOT, "POINT (%.6f %.6f)", data.lon(), data.lat()),
        0.0), PRECISE_COORDINATES);
    add("geometrie_parcelle", null, List.of(), noisy(this::polygon, 0.0), GEOMETRY);
    for (String name : List.of("siret", "idBeneficiaire", "siret_entreprise", "numero_siret")) {
      add(name, null, List.of(), noisy(() -> data.siret(false), 0.05), SIRET);
    }
    add("siren", null, List.of(), noisy(() -> data.siren(false), 0.05), SIREN);
    add("bic", null, List.of(), noisy(() -> data.pick(List.of("BNPAFRPP", "AGRIFRPP882", "CEPAFRPP751", "SOGEFRPP",
        "CCBPFRPPLYO", "PSSTFRPPMAR", "CMCIFR2A")), 0.05), BIC);
  }

  private String polygon() {
    double lat = data.lat();
    double lon = data.lon();
    return String.format(Locale.ROOT, "POLYGON ((%.6f %.6f, %.6f %.6f, %.6f %.6f, %.6f %.6f))", lon, lat,
        lon + 0.0003, lat, lon + 0.0003, lat + 0.0002, lon, lat);
  }

  // ---------------------------------------------------------------- free text

  private void freeText() {
    List<String> names = List.of("commentaire", "observations", "description", "remarques", "message", "motif",
        "complement", "suivi", "details", "notes");
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      int variant = i % 5;
      switch (variant) {
        case 0 -> add(name, null, List.of(), text(0.15, () -> "Merci de rappeler au " + data.mobile()), PHONE);
        case 1 -> add(name, null, List.of(), text(0.1, () -> "Réponse à envoyer à " + data.personalEmail()), EMAIL);
        case 2 -> add(name, null, List.of(), text(0.15, () -> (data.chance(0.5) ? "M. " : "Mme ") + data.surname()
            + " signale le problème"), PERSON_NAME);
        case 3 -> add(name, null, List.of(), text(0.15, () -> "Devant le " + data.houseAddress()), POSTAL_ADDRESS);
        default -> add(name, null, List.of(), text(0.2, () -> data.firstName() + " " + data.surname().toUpperCase(
            Locale.ROOT) + " a appelé, tél. " + data.phone(data.pick(List.of("6", "7", "1", "4")).charAt(0) - '0')),
            PERSON_NAME, PHONE);
      }
    }
    for (String name : List.of("commentaire_agent", "observation", "texte", "objet_demande", "libelle_demande",
        "resume", "DELIB_OBJET", "objet")) {
      add(name, null, List.of(), text(0.0, () -> ""));
    }
    // A known limit, kept in the set so the figures stay honest: obfuscated addresses are not recognised.
    add("contact_web", null, List.of(), noisy(() -> data.personalEmail().replace("@", data.pick(List.of(" [at] ",
        "(at)", " arobase "))), 0.05), EMAIL);
    // Rare: one value in forty holds a phone.
    add("commentaires_usagers", null, List.of(), withOne(text(0.0, () -> ""), "Contactez-moi au 06 71 82 93 04"),
        PHONE);
    add("annotations", null, List.of(), withOne(text(0.0, () -> ""), "cf. mail de sophie.bernard@free.fr"), EMAIL);
  }

  private List<Cell> text(double share, Supplier<String> embedded) {
    List<Cell> values = new ArrayList<>(VALUES);
    for (int i = 0; i < VALUES; i++) {
      String base = data.pick(FrenchData.CLEAN_COMMENTS);
      boolean positive = data.chance(share) || (share > 0 && i == VALUES / 2);
      values.add(new Cell(positive ? base + ". " + embedded.get() + "." : base, positive));
    }
    return values;
  }

  private static List<Cell> withOne(List<Cell> values, String value) {
    List<Cell> copy = new ArrayList<>(values);
    copy.set(copy.size() / 3, new Cell(value, true));
    return copy;
  }

  // ---------------------------------------------------------------- publishable

  private void publishable() {
    List<String> equipements = List.of("COLL_NOM", "COLL_SIRET", "EQUIP_UID", "EQUIP_TYPE", "EQUIP_NOM", "ADR_NUMERO",
        "ADR_NOMVOIE", "ADR_CODEPOSTAL", "ADR_COMMUNE", "EQUIP_LAT", "EQUIP_LONG", "EQUIP_TEL", "EQUIP_EMAIL",
        "EQUIP_WEB", "EQUIP_OUVERTURE");
    for (int i = 0; i < 3; i++) {
      add("EQUIP_TEL", "equipements", equipements, noisy(data::landline, 0.2));
      add("EQUIP_EMAIL", "equipements", equipements, noisy(data::serviceEmail, 0.2));
      add("EQUIP_NOM", "equipements", equipements, noisy(data::facility, 0.0));
      add("ADR_NOMVOIE", "equipements", equipements, noisy(data::street, 0.0));
      add("COLL_SIRET", "equipements", equipements, noisy(() -> data.siret(true), 0.0));
      add("ADR_COMMUNE", "equipements", equipements, noisy(() -> data.pick(FrenchData.COMMUNES)[1], 0.0));
      add("ADR_CODEPOSTAL", "equipements", equipements, noisy(() -> data.pick(FrenchData.COMMUNES)[0], 0.0));
    }
    add("EQUIP_WEB", "equipements", equipements, noisy(() -> "https://www.ville-" + FrenchData.ascii(
        data.pick(FrenchData.COMMUNES)[1]) + ".fr/equipements/" + data.between(100, 9999), 0.1));
    add("EQUIP_OUVERTURE", "equipements", equipements, noisy(() -> data.pick(List.of("Mo-Fr 08:30-12:00,13:30-17:00",
        "Lu-Ve 9h-18h", "Tu-Sa 10:00-19:00", "24/7", "Sa 09:00-12:00")), 0.1));
    add("EQUIP_UID", "equipements", equipements, noisy(() -> String.format("%05d_%05d", data.between(1000, 95999),
        data.between(1, 500)), 0.0));
    for (String name : List.of("tel_accueil", "standard", "telephone_mairie", "tel_service")) {
      add(name, null, List.of(), noisy(data::landline, 0.1));
    }
    for (String name : List.of("email_service", "contact_mairie", "courriel_accueil")) {
      add(name, null, List.of(), noisy(data::serviceEmail, 0.1));
    }
    for (String name : List.of("nom", "nom_equipement", "libelle", "etablissement", "nom_site", "lieu")) {
      add(name, null, List.of("id", name, "adresse"), noisy(data::facility, 0.0));
    }
    // Schools named after people, voies split into type and name: the column says it is a place.
    for (String name : List.of("nom_ecole", "nom_college", "nom_salle")) {
      add(name, null, List.of(), noisy(() -> data.pick(FrenchData.EPONYMS), 0.0));
    }
    add("nom_voie", null, List.of("type_voie", "nom_voie"), noisy(() -> data.pick(FrenchData.EPONYMS)
        .toUpperCase(Locale.ROOT), 0.0));
    for (String name : List.of("nom_voie", "voie", "nom", "libelle_voie", "rue")) {
      add(name, null, List.of("id", name, "code_postal"), noisy(data::street, 0.0));
    }
    for (String name : List.of("nom", "association", "nomBeneficiaire", "structure", "nom_association")) {
      add(name, "subventions", List.of("nomAttribuant", name, "montant"), noisy(data::association, 0.0));
    }
    for (String name : List.of("raison_sociale", "nomBeneficiaire", "fournisseur", "titulaire_marche", "entreprise")) {
      add(name, null, List.of(), noisy(data::business, 0.0));
    }
    for (String name : List.of("commune", "nom_commune", "ville", "COMMUNE_NOM", "libelle_commune")) {
      add(name, null, List.of(), noisy(() -> data.pick(FrenchData.COMMUNES)[1], 0.0));
    }
    add("commune_cp", null, List.of(), noisy(() -> {
      String[] c = data.pick(FrenchData.COMMUNES);
      return c[0] + " " + c[1];
    }, 0.0));
    for (String name : List.of("code_postal", "cp", "CP")) {
      add(name, null, List.of(), noisy(() -> data.pick(FrenchData.COMMUNES)[0], 0.0));
    }
    for (String name : List.of("montant", "montant_ttc", "BGT_MTREAL", "population", "montant_subvention",
        "surface_m2", "budget")) {
      add(name, null, List.of(), noisy(data::amount, 0.05));
    }
    for (String name : List.of("date_depot", "date_convention", "DELIB_DATE", "date_decision", "date_maj")) {
      add(name, null, List.of(), noisy(data::date, 0.05));
    }
    for (String name : List.of("latitude", "EQUIP_LAT")) {
      add(name, null, List.of(), noisy(() -> String.format(Locale.ROOT, "%.2f", data.lat()), 0.0));
    }
    for (String name : List.of("idAttribuant", "siret_collectivite", "COLL_SIRET")) {
      add(name, null, List.of(), noisy(() -> data.siret(true), 0.0));
    }
    for (String name : List.of("DELIB_ID", "id_dossier", "numero_dossier", "reference", "code_insee",
        "BGT_NATURE", "id")) {
      add(name, null, List.of(), noisy(this::code, 0.0));
    }
    for (String name : List.of("EQUIP_TYPE", "theme", "nature", "categorie", "statut")) {
      add(name, null, List.of(), noisy(() -> data.pick(List.of("Gymnase", "Bibliothèque", "Piscine", "Voirie",
          "Urbanisme", "Culture", "Sport", "En cours", "Clos", "Accepté", "Refusé", "Aide en numéraire",
          "Investissement", "Fonctionnement")), 0.0));
    }
    for (String name : List.of("titre", "fonction", "qualite")) {
      add(name, null, List.of(), noisy(() -> data.pick(List.of("Monsieur le Maire", "Madame la Présidente",
          "Le Directeur général des services", "Adjoint au maire chargé des sports", "Conseillère municipale",
          "Secrétaire de mairie", "M. le Préfet", "Mme la Directrice")), 0.0));
    }
    for (String name : List.of("plat", "menu", "libelle_plat")) {
      add(name, "menus-collectifs", List.of(), noisy(() -> data.pick(List.of("Rôti de porc", "Gratin dauphinois",
          "Pomme", "Poire", "Yaourt nature", "Poulet basquaise", "Salade de riz", "Tarte aux pommes",
          "Purée Saint-Germain", "Pêche Melba", "Crêpe Suzette", "Fromage Saint-Nectaire", "Madeleine",
          "Quiche lorraine", "Poisson pané", "Omelette", "Haricots verts", "Tomates Mozzarella")), 0.0));
    }
    for (String name : List.of("modele", "vehicule")) {
      add(name, null, List.of(), noisy(() -> data.pick(List.of("Renault Clio", "Peugeot 208", "Citroën C3",
          "Renault Zoé", "Toyota Yaris", "Dacia Sandero", "Renault Kangoo", "Peugeot Partner", "Fiat Panda")), 0.0));
    }
    for (String name : List.of("espece", "essence")) {
      add(name, null, List.of(), noisy(() -> data.pick(List.of("Platanus x acerifolia", "Tilleul", "Érable",
          "Acer campestre", "Chêne pédonculé", "Marronnier", "Pin parasol", "Magnolia", "Olivier",
          "Cerisier du Japon")),
          0.0));
    }
    for (String name : List.of("evenement", "manifestation")) {
      add(name, null, List.of(), noisy(() -> data.pick(List.of("Fête de la musique", "Marché de Noël",
          "Journées du patrimoine", "Festival Jazz à Vienne", "Carnaval", "Foire aux vins", "Salon du livre",
          "Trophée Jean Bouin", "Prix Marcel Pagnol", "Cross Jean Moulin")), 0.0));
    }
  }

  private String code() {
    return switch (data.random.nextInt(5)) {
      case 0 -> "DEL" + data.between(2015, 2025) + "_" + data.between(1, 300);
      case 1 -> "2024-" + String.format("%05d", data.between(1, 99_999));
      case 2 -> String.valueOf(data.between(1000, 95999));
      case 3 -> "PC 069 " + data.between(100, 999) + " 24 A" + String.format("%04d", data.between(1, 9999));
      default -> String.valueOf(data.between(60, 78)) + String.format("%02d", data.between(10, 99));
    };
  }

  // ---------------------------------------------------------------- misleading names

  private void misleading() {
    for (String name : List.of("email", "courriel_demandeur")) {
      add(name, null, List.of(), noisy(() -> data.pick(List.of("non renseigné", "N/A", "refus de communiquer",
          "néant", "voir dossier papier", "inconnu")), 0.0));
    }
    for (String name : List.of("telephone", "tel_demandeur")) {
      add(name, null, List.of(), noisy(() -> data.pick(List.of("Non communiqué", "NC", "liste rouge", "-",
          "à compléter")), 0.0));
    }
    for (String name : List.of("nir", "adresse")) {
      add(name, null, List.of(), noisy(() -> data.pick(List.of("en attente", "dossier incomplet", "à vérifier",
          "transmis")), 0.0));
    }
    for (String name : List.of("divers", "info", "code", "champ_libre_1")) {
      add(name, null, List.of(), noisy(data::mobile, 0.1), PHONE);
    }
    for (String name : List.of("ref_paiement", "champ_libre_2")) {
      add(name, null, List.of(), noisy(data::iban, 0.1), IBAN);
    }
    for (String name : List.of("libelle", "intitule")) {
      add(name, null, List.of(), noisy(data::fullName, 0.0), PERSON_NAME);
    }
    for (String name : List.of("nom_fichier", "document")) {
      add(name, null, List.of(), noisy(() -> "courrier_" + FrenchData.ascii(data.surname()) + "_" + data.between(1, 99)
          + ".pdf", 0.0));
    }
    for (String name : List.of("adresse", "adresse_equipement", "localisation")) {
      add(name, null, List.of(), noisy(data::street, 0.0));
    }
    for (String name : List.of("nom", "denomination")) {
      add(name, null, List.of(), noisy(() -> data.chance(0.5) ? data.facility() : data.association(), 0.0));
    }
    add("hash_nom", null, List.of(), noisy(() -> Integer.toHexString(data.random.nextInt())
        + Integer.toHexString(data.random.nextInt()), 0.0));
  }

  // ---------------------------------------------------------------- helpers

  private void add(String name, @Nullable String schema, List<String> siblings, List<Cell> cells,
      FindingKind... truth) {
    EnumSet<FindingKind> kinds = EnumSet.noneOf(FindingKind.class);
    kinds.addAll(List.of(truth));
    List<Cell> labelled = truth.length == 0
        ? cells.stream().map(c -> new Cell(c.value(), false)).toList()
        : List.copyOf(cells);
    columns.add(new LabelledColumn(name, schema, siblings, labelled, kinds));
  }

  /** Values from the generator, some replaced by empty or placeholder values producers leave. */
  private List<Cell> noisy(Supplier<String> generator, double blankShare) {
    List<Cell> values = new ArrayList<>(VALUES);
    for (int i = 0; i < VALUES; i++) {
      values.add(data.chance(blankShare)
          ? new Cell(data.pick(List.of("", " ", "NC", "-", "inconnu")), false)
          : new Cell(generator.get(), true));
    }
    return values;
  }

  private List<Cell> mixed(Supplier<String> personal, Supplier<String> other, double personalShare) {
    List<Cell> values = new ArrayList<>(VALUES);
    for (int i = 0; i < VALUES; i++) {
      boolean positive = data.chance(personalShare) || i == 0;
      values.add(new Cell(positive ? personal.get() : other.get(), positive));
    }
    return values;
  }
}
