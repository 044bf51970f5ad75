package fr.socle.policies.occultation;

/** What an aggregate cell holds. */
public sealed interface Measure {
  /** The name of the output column. */
  String output();

  /** Rows in the cell. */
  record Count(String output) implements Measure {}

  /** Sum of a numeric column over the cell. */
  record Sum(String column, String output) implements Measure {}

  static Measure count() {
    return new Count("nombre");
  }

  static Measure sum(String column) {
    return new Sum(column, "somme_" + column);
  }
}
