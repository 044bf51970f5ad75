package fr.socle.lakehouse.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.iceberg.Schema;
import org.apache.iceberg.types.Types;
import org.junit.jupiter.api.Test;

class OpenTablesTest {

  /** The public changelog names kinds of values, not the storage's types. */
  @Test
  void schemaChangesAreWrittenForThePublic() {
    Schema published = new Schema(
        Types.NestedField.optional(1, "montant", Types.DoubleType.get()),
        Types.NestedField.optional(2, "ancien", Types.StringType.get()));
    Schema wanted = new Schema(
        Types.NestedField.optional(1, "montant", Types.StringType.get()),
        Types.NestedField.optional(3, "vote", Types.TimestampType.withoutZone()));

    assertThat(OpenTables.changes(published, wanted)).containsExactly(
        "colonne « montant » : nombre décimal → texte",
        "colonne « ancien » retirée",
        "colonne « vote » ajoutée (date et heure)");
  }
}
