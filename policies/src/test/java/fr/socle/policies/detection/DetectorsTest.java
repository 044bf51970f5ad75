package fr.socle.policies.detection;

import static fr.socle.policies.detection.FindingKind.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DetectorsTest {

  static Arguments row(String value, String column, FindingKind... expected) {
    return Arguments.of(value, column, Set.of(expected));
  }

  static Stream<Arguments> emails() {
    return Stream.of(
        row("jean.dupont@gmail.com", "email", EMAIL),
        // spelled out to keep robots off: still a person's address
        row("Écrire à jeanne.dupont [at] gmail.com", "commentaire", EMAIL),
        row("j.dupont(arobase)orange(point)fr", "commentaire", EMAIL),
        row("JEANNE.DUPONT [AT] GMAIL [DOT] COM merci", "commentaire", EMAIL),
        row("contact [at] mairie-valmont.fr", "commentaire", SERVICE_EMAIL),
        row("rendez-vous [at] 14h", "commentaire"),
        row("voir (at) la mairie", "commentaire"),
        row("Écrire à marie-claire.durand@orange.fr svp", "commentaire", EMAIL),
        row("toto1987@hotmail.fr", "contact", EMAIL),
        row("j.martin@ville-lyon.fr", "email", EMAIL),
        row("dupont.jean@cabinet-avocats.fr", "email", EMAIL),
        row("accueil@ville-montreuil.fr", "email", SERVICE_EMAIL),
        row("mairie@saint-jean-de-luz.fr", "contact", SERVICE_EMAIL),
        row("urbanisme@agglo-pau.fr", "email", SERVICE_EMAIL),
        row("contact@mediatheque-lens.fr", "EQUIP_EMAIL", SERVICE_EMAIL),
        row("mairie.vernon@wanadoo.fr", "email", SERVICE_EMAIL),
        row("contact@gmail.com", "email", EMAIL),
        row("piscine.olympique@grandlyon.com", "EQUIP_EMAIL", SERVICE_EMAIL),
        row("ce.0751234A@ac-paris.fr", "email", SERVICE_EMAIL),
        row("jdupont@ville-lyon.fr", "email", EMAIL),
        row("dgs@ville-lyon.fr", "email", SERVICE_EMAIL),
        row("pas d'adresse", "email"),
        row("@dupont sur twitter", "commentaire"),
        row("a@b", "email"));
  }

  static Stream<Arguments> phones() {
    return Stream.of(
        row("06 12 34 56 78", "telephone", PHONE),
        row("06.12.34.56.78", "telephone", PHONE),
        row("06-12-34-56-78", "telephone", PHONE),
        row("0612345678", "telephone", PHONE),
        row("+33 6 12 34 56 78", "telephone", PHONE),
        row("+33612345678", "telephone", PHONE),
        row("+33 (0)6 12 34 56 78", "telephone", PHONE),
        row("0033 6 12 34 56 78", "telephone", PHONE),
        row("07 81 23 45 67", "portable", PHONE),
        row("Rappeler Mme au 0612345678 avant midi", "commentaire", PHONE),
        row("rappeler au 06 12 34 56 78 ou 01 42 76 40 40", "commentaire", PHONE),
        row("01 42 76 40 40", "EQUIP_TEL", SERVICE_PHONE),
        row("04.72.10.30.30", "tel_accueil", SERVICE_PHONE),
        row("01 42 76 40 40", "telephone", PHONE),
        row("0 800 123 456", "telephone", SERVICE_PHONE),
        row("08 00 12 34 56", "telephone", SERVICE_PHONE),
        row("06 12 34 56 78", "EQUIP_TEL", PHONE),
        row("12 500,00", "montant"),
        row("0612", "telephone"),
        row("061234567890", "reference"),
        row("01/02/2023 14", "commentaire"),
        row("Facture n° 0412345678 du 12/03/2024", "libelle"),
        row("0412345678", "numero_client"),
        row("0612345678", "numero_client", PHONE),
        row("Contact : Service des sports, 04 72 10 30 30", "contact", PHONE));
  }

  static Stream<Arguments> identityNumbers() {
    return Stream.of(
        row("1 85 05 78 006 084 91", "nir", NIR),
        row("185057800608491", "numero", NIR),
        row("N° SS : 1 85 05 78 006 084 91.", "commentaire", NIR),
        row("1 85 05 78 006 084 92", "nir"),
        row("2 90 02 2A 004 015 15", "nir", NIR),
        row("2 90 02 2B 004 015 42", "nir", NIR),
        row("2 90 02 2A 004 015 42", "nir"),
        row("1850578006084", "num_secu", NIR),
        row("1850578006084", "reference"),
        row("FR76 3000 6000 0112 3456 7890 189", "iban", IBAN),
        row("FR7630006000011234567890189", "rib", IBAN),
        row("FR76 3000 6000 0112 3456 7890 188", "iban"),
        // typed in lower case: the checksum still tells it
        row("fr76 3000 6000 0112 3456 7890 189", "commentaire", IBAN),
        row("fr76 3000 6000 0112 3456 7890 188", "commentaire"),
        row("DE89 3704 0044 0532 0130 00", "iban", IBAN),
        row("FR14 2004 1010 0505 0001 3M02 606", "iban", IBAN),
        row("IBAN FR76 3000 6000 0112 3456 7890 189 BIC BNPAFRPP", "commentaire", IBAN, BIC),
        row("BNPAFRPPXXX", "bic", BIC),
        row("CHAMBERY", "commune"),
        row("732 829 320 00074", "siret", SIRET),
        row("73282932000074", "numero", SIRET),
        row("73282932000075", "siret"),
        row("356 000 000 49837", "siret", SIRET),
        row("35600000049838", "siret"),
        row("21690123100011", "COLL_SIRET", PUBLIC_BODY_ID),
        row("732 829 320", "beneficiaire", SIREN),
        row("732829320", "siren", SIREN),
        row("732829320", "numero_dossier"),
        row("SIREN 732829320", "commentaire", SIREN));
  }

  static Stream<Arguments> names() {
    return Stream.of(
        row("Jean Dupont", "demandeur", PERSON_NAME),
        row("DUPONT Jean", "demandeur", PERSON_NAME),
        row("Marie-Claire DURAND", "contact", PERSON_NAME),
        row("M. Dupont a signalé un nid-de-poule", "commentaire", PERSON_NAME),
        row("Mme Le Goff", "commentaire", PERSON_NAME),
        row("J. Martin", "auteur", PERSON_NAME),
        row("M. le Maire ouvre la séance", "commentaire"),
        row("Madame la Présidente", "commentaire"),
        row("Gymnase Jean Moulin", "nom"),
        row("rue Victor Hugo", "nom"),
        row("Place Charles de Gaulle", "nom"),
        row("École élémentaire Jules Ferry", "nom"),
        row("Association Les Amis de Victor Hugo", "nom"),
        row("Médiathèque Simone Veil", "EQUIP_NOM"),
        row("Stade Pierre de Coubertin", "nom"),
        row("Saint-Jean-de-Luz", "commune"),
        row("8 Mai 1945", "commentaire"),
        row("Collège Jean Moulin, contact : Paul Martin", "commentaire", PERSON_NAME),
        row("DURAND", "nom_naissance", PERSON_NAME),
        row("Lefebvre", "patronyme", PERSON_NAME),
        row("Lyon", "nom_commune"),
        row("MARTIN", "commune"),
        row("Marie", "prenom", FIRST_NAME),
        row("jean-pierre", "prenom", FIRST_NAME),
        row("Louise", "ENFANT_PRENOM", FIRST_NAME),
        row("pierre de taille", "materiau"),
        row("SARL Martin Frères", "nom"));
  }

  static Stream<Arguments> places() {
    return Stream.of(
        row("12 rue Victor Hugo", "adresse", POSTAL_ADDRESS),
        row("12 bis, avenue Jean Jaurès 69007 Lyon", "adresse", POSTAL_ADDRESS),
        row("3 place de la Mairie", "adresse", POSTAL_ADDRESS),
        row("habite au 5 impasse des Lilas à Bron", "commentaire", POSTAL_ADDRESS),
        row("3 cours de tennis couverts", "description"),
        row("rue Victor Hugo", "ADR_NOMVOIE"),
        row("12 rue de la Paix", "ADR_NOMVOIE", POSTAL_ADDRESS),
        row("69003 Lyon", "commune"),
        row("75001", "code_postal"),
        row("12500 euros", "montant"),
        row("45.76401, 4.83566", "geo_point", PRECISE_COORDINATES),
        row("45,76401;4,83566", "coordonnees", PRECISE_COORDINATES),
        row("45.76", "latitude"),
        row("45.764012", "latitude", PRECISE_COORDINATES),
        row("4,835661", "lon", PRECISE_COORDINATES),
        row("45.764012", "montant"),
        row("842150 6519340", "xy", PRECISE_COORDINATES),
        row("842150.25", "x", PRECISE_COORDINATES),
        row("POINT (4.835661 45.764012)", "geom", PRECISE_COORDINATES),
        row("POLYGON ((4.8356 45.7640, 4.8357 45.7641, 4.8358 45.7640, 4.8356 45.7640))", "geom", GEOMETRY),
        row("{\"type\":\"Point\",\"coordinates\":[4.835661,45.764012]}", "geo_shape", PRECISE_COORDINATES),
        row("POINT (4.83 45.76)", "geom"),
        row("12/03/1985", "date_naissance", BIRTH_DATE),
        row("1985-03-12", "ddn", BIRTH_DATE),
        row("né le 12 mars 1985 à Lyon", "commentaire", BIRTH_DATE),
        row("12/03/2024", "date_depot"),
        row("AB-123-CD", "immatriculation", VEHICLE_PLATE),
        row("véhicule GH 456 JK stationné", "commentaire", VEHICLE_PLATE),
        row("1234 AB 75", "plaque", VEHICLE_PLATE),
        row("123 ABC 2A", "plaque", VEHICLE_PLATE),
        row("12 BIS 75", "commentaire"),
        row("AB-000-CD", "immatriculation"),
        row("IO-123-CD", "immatriculation"),
        row("Lot 12 AB 34", "reference"),
        row("immatriculée 1234 AB 75", "commentaire", VEHICLE_PLATE));
  }

  @ParameterizedTest(name = "{0} in {1} → {2}")
  @MethodSource({"emails", "phones", "identityNumbers", "names", "places"})
  void findsWhatTheValueHolds(String value, String column, Set<FindingKind> expected) {
    assertThat(Detectors.scan(value, ColumnContext.of(column)).kinds()).isEqualTo(expected);
  }

  @Test
  void aSurnameNeedsAFirstNameColumnBesideABareNomColumn() {
    ColumnContext alone = new ColumnContext("nom", null, List.of("nom", "adresse"));
    ColumnContext withFirstName = new ColumnContext("nom", null, List.of("nom", "prenom"));

    assertThat(Detectors.scan("Durand", alone).kinds()).isEmpty();
    assertThat(Detectors.scan("Durand", withFirstName).kinds()).containsExactly(PERSON_NAME);
  }

  @Test
  void facilityContactsOfAnEquipementsDatasetArePublishable() {
    ColumnContext tel = new ColumnContext("EQUIP_TEL", "equipements", List.of());
    ColumnContext email = new ColumnContext("EQUIP_EMAIL", "equipements", List.of());

    assertThat(Detectors.scan("04 78 12 34 56", tel).kinds()).containsExactly(SERVICE_PHONE);
    assertThat(Detectors.scan("piscine-du-rhone@mairie-lyon.fr", email).kinds()).containsExactly(SERVICE_EMAIL);
    assertThat(Detectors.scan("jean.dupont@gmail.com", email).kinds()).containsExactly(EMAIL);
    assertThat(Detectors.scan("12 rue de la Paix", new ColumnContext("ADR_NOMVOIE", "equipements", List.of())).kinds())
        .containsExactly(FACILITY_ADDRESS);
  }

  @Test
  void aPersonsNameAfterAnElidedStreetWordIsTheStreets() {
    assertThat(Detectors.scan("Requalification de l'avenue Jean Jaurès", ColumnContext.of("operation")).kinds())
        .isEmpty();
    assertThat(Detectors.scan("Travaux d’allée Victor Hugo", ColumnContext.of("operation")).kinds()).isEmpty();
    assertThat(Detectors.scan("Requalification de l'avenue. Contact : Jean Dupont", ColumnContext.of("objet"))
        .kinds()).contains(PERSON_NAME);
  }

  @Test
  void aLongFreeTextIsScannedToItsEnd() {
    String text = "Le dossier a été instruit par le service. ".repeat(500) + "Contacter Mme Durand au 06 12 34 56 78.";

    assertThat(Detectors.scan(text, ColumnContext.of("description")).kinds()).containsExactlyInAnyOrder(PHONE,
        PERSON_NAME);
  }

  @Test
  void emptyAndNullHoldNothing() {
    assertThat(Detectors.scan(null).isEmpty()).isTrue();
    assertThat(Detectors.scan("").isEmpty()).isTrue();
    assertThat(Detectors.scan("   ").isEmpty()).isTrue();
  }

  /**
   * Inputs built to make a backtracking matcher quadratic or worse (100,000 characters: billions of steps, minutes)
   * finish well within the bound for a linear scan, whatever the machine's load; not a speed measurement (that is
   * ScanThroughput's job), a guard against catastrophic behaviour.
   */
  @Test
  void hostileInputStaysLinear() {
    String ats = "a@".repeat(50_000);
    String digits = "1 ".repeat(50_000);
    String words = "Jean ".repeat(20_000);
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), () -> {
      assertThat(Detectors.scan(ats).contains(EMAIL)).isFalse();
      assertThat(Detectors.scan(digits).contains(PHONE)).isFalse();
      Detectors.scan(words);
    });
  }
}
