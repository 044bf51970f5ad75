package fr.socle.policies.communicability;

import fr.socle.policies.detection.ColumnFindings;
import fr.socle.policies.detection.DatasetFindings;
import fr.socle.policies.detection.FindingKind;
import java.time.LocalDate;

/** Everything a rule may look at: the facts, the findings, today, the thresholds. */
record Situation(DatasetFacts facts, DatasetFindings findings, LocalDate today, SecrecyThresholds thresholds) {

  /** What rows describe: stated, else inferred from the schema, the theme and the findings. */
  RowsDescribe rowsDescribe() {
    if (facts.rowsDescribe() != RowsDescribe.UNKNOWN) {
      return facts.rowsDescribe();
    }
    String schema = facts.schema();
    if (schema != null && DatasetFacts.NON_PERSONAL_SCHEMAS.contains(schema)) {
      return schema.contains("subventions") || schema.contains("decp") ? RowsDescribe.BUSINESSES
          : RowsDescribe.PUBLIC_THINGS;
    }
    if (facts.theme().individualFiles() || hasColumnWith(true)) {
      return RowsDescribe.PERSONS;
    }
    if (facts.theme() == Theme.EQUIPEMENTS) {
      return RowsDescribe.PUBLIC_THINGS;
    }
    return RowsDescribe.UNKNOWN;
  }

  /** Whether some column holds a direct identifier (or, with {@code directOnly} false, any personal data). */
  boolean hasColumnWith(boolean directOnly) {
    for (ColumnFindings column : findings.columns()) {
      if (directOnly ? column.hasDirectIdentifier() : !column.personalKinds().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Whether another column than {@code except} holds the kind. */
  boolean otherColumnHolds(String except, FindingKind kind) {
    return findings.columns().stream().anyMatch(c -> !c.column().equals(except) && c.holds(kind));
  }
}
