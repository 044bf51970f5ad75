package fr.socle.portal.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the report form sent, as typed (so that a form with errors comes back with everything the person wrote),
 * and its checks. {@code siteWeb} is the honeypot: hidden from people, filled in by robots.
 */
public record ReportForm(String category, String description, String email, String siteWeb) {
  static final int DESCRIPTION_MAX = 4000;
  static final int EMAIL_MAX = 254;
  /** A pragmatic address check: one @, no spaces, a dot in the domain. The reply proves the rest. */
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

  public ReportForm {
    category = category == null ? "" : category.strip();
    description = description == null ? "" : description.replace("\r\n", "\n").strip();
    email = email == null ? "" : email.strip();
    siteWeb = siteWeb == null ? "" : siteWeb;
  }

  static ReportForm of(@Nullable String category, @Nullable String description, @Nullable String email,
      @Nullable String siteWeb) {
    return new ReportForm(category, description, email, siteWeb);
  }

  static ReportForm empty() {
    return new ReportForm("", "", "", "");
  }

  /** The form of a robot: stored nowhere, answered as if it had been. */
  boolean fromRobot() {
    return !siteWeb.isBlank();
  }

  /** Field name → message key of its error, in the form's order; empty when the form may be stored. */
  Map<String, String> errors() {
    Map<String, String> errors = new LinkedHashMap<>();
    if (ReportCategory.fromCode(category).isEmpty()) {
      errors.put("category", "report.error.category");
    }
    if (description.isEmpty()) {
      errors.put("description", "report.error.description.required");
    } else if (description.codePointCount(0, description.length()) > DESCRIPTION_MAX) {
      errors.put("description", "report.error.description.long");
    }
    if (!email.isEmpty() && (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches())) {
      errors.put("email", "report.error.email");
    }
    return errors;
  }

  ReportCategory categoryValue() {
    return ReportCategory.fromCode(category).orElseThrow();
  }

  @Nullable String emailOrNull() {
    return email.isEmpty() ? null : email;
  }
}
