package fr.socle.lakehouse.odsql;

import java.util.Locale;

/**
 * A clause that cannot be run: a syntax error (with the position in the clause) or a semantic one (unknown field,
 * wrong type, unsupported function). Messages follow Opendatasoft's wording so that clients matching on them keep
 * working; they only ever quote what the user wrote and the dataset's public field names.
 */
public final class OdsqlException extends RuntimeException {
  /** Which ODS error code the API answers with. */
  public enum Kind {
    /** {@code ODSQLSyntaxError}: the text is not ODSQL. */
    SYNTAX,
    /** {@code ODSQLError}: valid ODSQL that does not fit the dataset, or is not supported. */
    SEMANTIC
  }

  private final Kind kind;
  private final String detail;
  private final String clause;

  private OdsqlException(Kind kind, String detail, String clause) {
    super(detail);
    this.kind = kind;
    this.detail = detail;
    this.clause = clause;
  }

  static OdsqlException syntax(String detail) {
    return new OdsqlException(Kind.SYNTAX, detail, "");
  }

  public static OdsqlException semantic(String detail) {
    return new OdsqlException(Kind.SEMANTIC, detail, "");
  }

  /** The same error, attributed to a clause ({@code where}, {@code select}...). */
  public OdsqlException in(String clauseName) {
    return clause.isEmpty() ? new OdsqlException(kind, detail, clauseName) : this;
  }

  public Kind kind() {
    return kind;
  }

  public String clause() {
    return clause;
  }

  /** The message as Opendatasoft words it. */
  public String odsMessage() {
    String prefix = kind == Kind.SYNTAX ? "ODSQL syntax exception: " : "ODSQL query is malformed: ";
    String where = clause.isEmpty() ? "" : " Clause(s) containing the error(s): " + clause.toLowerCase(Locale.ROOT) + ".";
    String body = detail.endsWith(".") ? detail : detail + ".";
    return prefix + body + where;
  }

  public String odsErrorCode() {
    return kind == Kind.SYNTAX ? "ODSQLSyntaxError" : "ODSQLError";
  }
}
