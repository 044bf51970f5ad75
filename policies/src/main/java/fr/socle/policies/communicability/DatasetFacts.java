package fr.socle.policies.communicability;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the data officer (or the catalogue) states about a dataset; the detectors cannot see these. The rules weigh
 * them with the findings. The content decides, not the type: a withholding ground is stated, never inferred.
 *
 * @param producingService the direction or service producing the data ("urbanisme")
 * @param theme what the dataset is about
 * @param schema the SCDL or Etalab schema it follows ({@code equipements}, {@code subventions}), or null
 * @param rowsDescribe what one row is about
 * @param preparatory whether the dataset prepares a decision not yet taken (L311-2)
 * @param decisionDate when that decision is (to be) taken, if known
 * @param archiveCommunicableFrom a communicability date set by archive law (Code du patrimoine L213-2), if any
 * @param environmental whether it is environmental information (Code de l'environnement L124-1 and following)
 * @param emissions whether it is information on emissions into the environment (L124-5)
 * @param exemption the D312-1-3 category it falls in, if any
 * @param consent whether the persons concerned agreed to publication
 * @param withholdingGround an L311-5 ground stated by the data officer for the whole dataset
 * @param personalGround an L311-6 ground stated for the whole dataset (person-concerned only)
 * @param protectedColumns L311-5/L311-6 grounds stated per column (an appraisal: L311-6 2°; a turnover: 1°)
 * @param quasiIdentifiers columns stated as quasi-identifiers (sex, age band, job title...)
 * @param individualTaxData tax-like data about individuals: cells of at least 11
 */
public record DatasetFacts(
    String producingService,
    Theme theme,
    @Nullable String schema,
    RowsDescribe rowsDescribe,
    boolean preparatory,
    @Nullable LocalDate decisionDate,
    @Nullable LocalDate archiveCommunicableFrom,
    boolean environmental,
    boolean emissions,
    @Nullable ExemptionCategory exemption,
    boolean consent,
    @Nullable LegalBasis withholdingGround,
    @Nullable LegalBasis personalGround,
    Map<String, LegalBasis> protectedColumns,
    List<String> quasiIdentifiers,
    boolean individualTaxData) {
  public DatasetFacts {
    requireNonNull(producingService, "producingService");
    requireNonNull(theme, "theme");
    requireNonNull(rowsDescribe, "rowsDescribe");
    protectedColumns = Map.copyOf(protectedColumns);
    quasiIdentifiers = List.copyOf(quasiIdentifiers);
    schema = schema == null || schema.isBlank() ? null : schema.strip().toLowerCase(Locale.ROOT);
    if (withholdingGround != null && !withholdingGround.withholds()) {
      throw new IllegalArgumentException(withholdingGround.article() + " is not an L311-5 ground");
    }
    if (personalGround != null && personalGround.group() != LegalBasis.Group.PERSONAL) {
      throw new IllegalArgumentException(personalGround.article() + " is not an L311-6 ground");
    }
    if (emissions && !environmental) {
      throw new IllegalArgumentException("emissions are environmental information");
    }
  }

  /** Facts of a dataset about which nothing particular is stated. */
  public static DatasetFacts of(String producingService, Theme theme) {
    return new DatasetFacts(producingService, theme, null, RowsDescribe.UNKNOWN, false, null, null, false, false,
        null, false, null, null, Map.of(), List.of(), false);
  }

  public DatasetFacts withSchema(@Nullable String value) {
    return new DatasetFacts(producingService, theme, value, rowsDescribe, preparatory, decisionDate,
        archiveCommunicableFrom, environmental, emissions, exemption, consent, withholdingGround, personalGround,
        protectedColumns, quasiIdentifiers, individualTaxData);
  }

  public DatasetFacts withRowsDescribe(RowsDescribe value) {
    return new DatasetFacts(producingService, theme, schema, value, preparatory, decisionDate,
        archiveCommunicableFrom, environmental, emissions, exemption, consent, withholdingGround, personalGround,
        protectedColumns, quasiIdentifiers, individualTaxData);
  }

  /** Prepares a decision taken, or to be taken, on {@code date} (null when unknown). */
  public DatasetFacts preparing(@Nullable LocalDate date) {
    return new DatasetFacts(producingService, theme, schema, rowsDescribe, true, date, archiveCommunicableFrom,
        environmental, emissions, exemption, consent, withholdingGround, personalGround, protectedColumns,
        quasiIdentifiers, individualTaxData);
  }

  public DatasetFacts withArchiveDelayUntil(LocalDate date) {
    return new DatasetFacts(producingService, theme, schema, rowsDescribe, preparatory, decisionDate, date,
        environmental, emissions, exemption, consent, withholdingGround, personalGround, protectedColumns,
        quasiIdentifiers, individualTaxData);
  }

  public DatasetFacts environmental(boolean onEmissions) {
    return new DatasetFacts(producingService, theme, schema, rowsDescribe, preparatory, decisionDate,
        archiveCommunicableFrom, true, onEmissions, exemption, consent, withholdingGround, personalGround,
        protectedColumns, quasiIdentifiers, individualTaxData);
  }

  public DatasetFacts withExemption(ExemptionCategory value) {
    return new DatasetFacts(producingService, theme, schema, rowsDescribe, preparatory, decisionDate,
        archiveCommunicableFrom, environmental, emissions, value, consent, withholdingGround, personalGround,
        protectedColumns, quasiIdentifiers, individualTaxData);
  }

  public DatasetFacts withConsent() {
    return new DatasetFacts(producingService, theme, schema, rowsDescribe, preparatory, decisionDate,
        archiveCommunicableFrom, environmental, emissions, exemption, true, withholdingGround, personalGround,
        protectedColumns, quasiIdentifiers, individualTaxData);
  }

  public DatasetFacts withholding(LegalBasis ground) {
    return new DatasetFacts(producingService, theme, schema, rowsDescribe, preparatory, decisionDate,
        archiveCommunicableFrom, environmental, emissions, exemption, consent, ground, personalGround,
        protectedColumns, quasiIdentifiers, individualTaxData);
  }

  public DatasetFacts personal(LegalBasis ground) {
    return new DatasetFacts(producingService, theme, schema, rowsDescribe, preparatory, decisionDate,
        archiveCommunicableFrom, environmental, emissions, exemption, consent, withholdingGround, ground,
        protectedColumns, quasiIdentifiers, individualTaxData);
  }

  public DatasetFacts protecting(Map<String, LegalBasis> columns) {
    return new DatasetFacts(producingService, theme, schema, rowsDescribe, preparatory, decisionDate,
        archiveCommunicableFrom, environmental, emissions, exemption, consent, withholdingGround, personalGround,
        columns, quasiIdentifiers, individualTaxData);
  }

  public DatasetFacts withQuasiIdentifiers(List<String> columns) {
    return new DatasetFacts(producingService, theme, schema, rowsDescribe, preparatory, decisionDate,
        archiveCommunicableFrom, environmental, emissions, exemption, consent, withholdingGround, personalGround,
        protectedColumns, columns, individualTaxData);
  }

  public DatasetFacts individualTax() {
    return new DatasetFacts(producingService, theme, schema, rowsDescribe, preparatory, decisionDate,
        archiveCommunicableFrom, environmental, emissions, exemption, consent, withholdingGround, personalGround,
        protectedColumns, quasiIdentifiers, true);
  }

  public Optional<ExemptionCategory> exemptionCategory() {
    return Optional.ofNullable(exemption);
  }

  /** SCDL schemas whose rows are public bodies, facilities, businesses or acts, not people. */
  static final Set<String> NON_PERSONAL_SCHEMAS = Set.of("equipements", "budget", "deliberations", "subventions",
      "catalogue", "menus-collectifs", "irve", "etalab-schema-irve-statique", "decp", "etalab-schema-decp-dpa",
      "hautes-remunerations", "etalab-schema-hautes-remunerations");
}
