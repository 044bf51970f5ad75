package fr.socle.portal.report;

import java.util.Arrays;
import java.util.Optional;

/** What a report is about; personal data visible is a possible leak and is flagged as urgent. */
public enum ReportCategory {
  PERSONAL_DATA("personal-data"),
  DATA_ERROR("data-error"),
  TECHNICAL("technical"),
  OTHER("other");

  private final String code;

  ReportCategory(String code) {
    this.code = code;
  }

  /** The value of the form and of the database. */
  public String code() {
    return code;
  }

  /** The message key of its label. */
  public String labelKey() {
    return "report.category." + code;
  }

  public boolean urgent() {
    return this == PERSONAL_DATA;
  }

  static Optional<ReportCategory> fromCode(String code) {
    return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
  }
}
