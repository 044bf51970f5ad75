package fr.socle.policies.communicability;

import fr.socle.policies.detection.ColumnFindings;
import fr.socle.policies.detection.DatasetFindings;
import fr.socle.policies.detection.FindingKind;
import fr.socle.policies.detection.KindStats;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Fixtures: datasets as a data officer meets them, with the findings a scan of 2,000 rows would give. */
final class Datasets {
  static final LocalDate TODAY = LocalDate.of(2025, 6, 2);
  static final long ROWS = 2_000;

  private Datasets() {}

  /** A column holding nothing personal. */
  static ColumnFindings plain(String name) {
    return new ColumnFindings(name, ROWS, ROWS, List.of(), Set.of());
  }

  /** A column where {@code count} values hold each of the kinds. */
  static ColumnFindings holding(String name, long count, FindingKind... kinds) {
    List<KindStats> stats = new ArrayList<>();
    for (FindingKind kind : kinds) {
      stats.add(new KindStats(kind, count, count, List.of()));
    }
    return new ColumnFindings(name, ROWS, ROWS, stats, kinds.length == 0 ? Set.of() : EnumSet.of(kinds[0], kinds));
  }

  static DatasetFindings findings(ColumnFindings... columns) {
    return new DatasetFindings(ROWS, ROWS, false, List.of(columns));
  }

  static DatasetFacts facts(Theme theme) {
    return DatasetFacts.of("service test", theme);
  }

  static DatasetFindings aBudget() {
    return findings(plain("BGT_NATURE"), plain("BGT_MTREAL"), holding("BGT_SIRET", ROWS, FindingKind.PUBLIC_BODY_ID));
  }

  static DatasetFindings citizenRequests() {
    return findings(plain("id"), holding("email_demandeur", 1204, FindingKind.EMAIL),
        holding("commentaire", 37, FindingKind.PHONE), holding("date_naissance", ROWS, FindingKind.BIRTH_DATE),
        holding("geo_point", ROWS, FindingKind.PRECISE_COORDINATES), plain("statut"));
  }

  static DatasetFindings equipements() {
    return findings(plain("EQUIP_NOM"), holding("ADR_NOMVOIE", ROWS, FindingKind.FACILITY_ADDRESS),
        holding("EQUIP_TEL", ROWS, FindingKind.SERVICE_PHONE), holding("EQUIP_EMAIL", ROWS, FindingKind.SERVICE_EMAIL),
        holding("EQUIP_LAT", ROWS, FindingKind.PRECISE_COORDINATES),
        holding("COLL_SIRET", ROWS, FindingKind.PUBLIC_BODY_ID));
  }

  static DatasetFindings electedOfficials() {
    return findings(holding("nom", ROWS, FindingKind.PERSON_NAME), holding("prenom", ROWS, FindingKind.FIRST_NAME),
        plain("mandat"), holding("email_perso", 40, FindingKind.EMAIL));
  }

  static DatasetFindings births() {
    return findings(holding("nom", ROWS, FindingKind.PERSON_NAME), holding("prenom", ROWS, FindingKind.FIRST_NAME),
        plain("sexe"), plain("annee"), holding("date_naissance", ROWS, FindingKind.BIRTH_DATE));
  }

  static DatasetFindings emissions() {
    return findings(holding("siret", ROWS, FindingKind.SIRET), plain("polluant"), plain("quantite_kg"),
        holding("adresse_site", ROWS, FindingKind.POSTAL_ADDRESS));
  }

  static DatasetFindings subsidies() {
    return findings(plain("nomBeneficiaire"), holding("idBeneficiaire", ROWS, FindingKind.SIRET), plain("montant"));
  }
}
