package fr.socle.portal.classification;

import fr.socle.policies.communicability.ExemptionCategory;
import fr.socle.policies.communicability.LegalBasis;
import fr.socle.policies.communicability.RowsDescribe;
import fr.socle.policies.communicability.Theme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The facts form of the review page, as typed. Per-column protections come as indexed pairs ({@code pcol.i} names
 * the column, {@code protect.i} the ground) so that any column name survives the round trip.
 */
record FactsForm(String basedOn, String theme, String rowsDescribe, boolean preparatory, String decisionDate,
    String archiveFrom, boolean environmental, boolean emissions, String exemption, boolean consent,
    String withholdingGround, String personalGround, Map<String, String> protectedColumns,
    List<String> quasiIdentifiers, boolean individualTaxData) {

  FactsForm {
    protectedColumns = Collections.unmodifiableMap(new LinkedHashMap<>(protectedColumns));
    quasiIdentifiers = List.copyOf(quasiIdentifiers);
  }

  record Mapping(@Nullable StatedFacts facts, List<String> errors) {
    Mapping {
      errors = List.copyOf(errors);
    }
  }

  static FactsForm from(Map<String, List<String>> params) {
    FormValues f = new FormValues(params, new ArrayList<>());
    Map<String, String> protections = new LinkedHashMap<>();
    for (int i = 0; !f.text("pcol." + i).isEmpty(); i++) {
      protections.put(f.text("pcol." + i), f.text("protect." + i));
    }
    return new FactsForm(f.text("basedOn"), f.text("theme"), f.text("rowsDescribe"), f.checked("preparatory"),
        f.text("decisionDate"), f.text("archiveFrom"), f.checked("environmental"), f.checked("emissions"),
        f.text("exemption"), f.checked("consent"), f.text("withholdingGround"), f.text("personalGround"),
        protections, f.all("quasi"), f.checked("individualTaxData"));
  }

  /** The form showing the facts in force, with a row per column of the table. */
  static FactsForm of(int version, StatedFacts facts, List<String> columns) {
    Map<String, String> protections = new LinkedHashMap<>();
    for (String column : columns) {
      LegalBasis ground = facts.protectedColumns().get(column);
      protections.put(column, ground == null ? "" : ground.name());
    }
    return new FactsForm(Integer.toString(version), name(facts.theme()), facts.rowsDescribe().name(),
        facts.preparatory(), text(facts.decisionDate()), text(facts.archiveCommunicableFrom()),
        facts.environmental(), facts.emissions(), name(facts.exemption()), facts.consent(),
        name(facts.withholdingGround()), name(facts.personalGround()), protections, facts.quasiIdentifiers(),
        facts.individualTaxData());
  }

  Mapping toFacts() {
    List<String> errors = new ArrayList<>();
    Theme stated = FormValues.constant(Theme.class, theme, "Thème", errors);
    RowsDescribe rows = rowsDescribe.isBlank() ? RowsDescribe.UNKNOWN
        : FormValues.constant(RowsDescribe.class, rowsDescribe, "Les lignes décrivent", errors);
    LocalDate decision = FormValues.date(decisionDate, "Date de la décision préparée", errors);
    LocalDate archive = FormValues.date(archiveFrom, "Délai des archives", errors);
    ExemptionCategory category = FormValues.constant(ExemptionCategory.class, exemption, "Catégorie D312-1-3", errors);
    LegalBasis withholding = FormValues.constant(LegalBasis.class, withholdingGround, "Motif L311-5", errors);
    LegalBasis personal = FormValues.constant(LegalBasis.class, personalGround, "Motif L311-6", errors);
    Map<String, LegalBasis> protections = new LinkedHashMap<>();
    protectedColumns.forEach((column, ground) -> {
      LegalBasis basis = FormValues.constant(LegalBasis.class, ground, "Colonne « " + column + " »", errors);
      if (basis != null) {
        protections.put(column, basis);
      }
    });
    if (!errors.isEmpty()) {
      return new Mapping(null, errors);
    }
    try {
      return new Mapping(new StatedFacts(stated, rows == null ? RowsDescribe.UNKNOWN : rows, preparatory, decision,
          archive, environmental || emissions, emissions, category, consent, withholding, personal, protections,
          quasiIdentifiers, individualTaxData), List.of());
    } catch (IllegalArgumentException e) {
      return new Mapping(null, List.of(String.valueOf(e.getMessage())));
    }
  }

  @Nullable Integer basedOnVersion() {
    try {
      return basedOn.isBlank() ? null : Integer.valueOf(basedOn);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String name(@Nullable Enum<?> value) {
    return value == null ? "" : value.name();
  }

  private static String text(@Nullable Object value) {
    return value == null ? "" : value.toString();
  }
}
