package fr.socle.lakehouse.ingest;

import fr.socle.lakehouse.schema.TableSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Checks a file's header before any row is read: against a TableSchema (every required field present, no column
 * the schema does not know) or against the table an APPEND goes to (no column the table does not have). Both
 * failures list every column at fault, as line-1 errors of the report.
 */
final class HeaderCheck {
  private HeaderCheck() {}

  /** Per column, the schema field of the same name; missing required and unknown columns are errors. */
  static List<TableSchema.@Nullable Field> schemaFields(@Nullable TableSchema schema, List<String> labels)
      throws IngestionException {
    List<TableSchema.@Nullable Field> fields = new ArrayList<>();
    if (schema == null) {
      labels.forEach(label -> fields.add(null));
      return fields;
    }
    ErrorLog errors = new ErrorLog();
    for (String label : labels) {
      TableSchema.Field field = schema.field(label).orElse(null);
      if (field == null && !Sources.DERIVED_COLUMNS.contains(label)) {
        errors.add(1, label, null, "colonne inconnue du schéma " + schemaName(schema));
      }
      fields.add(field);
    }
    boolean missing = false;
    for (TableSchema.Field field : schema.fields()) {
      if (field.required() && !labels.contains(field.name())) {
        errors.add(1, field.name(), null, "colonne obligatoire absente");
        missing = true;
      }
    }
    if (!errors.isEmpty()) {
      ValidationReport report = errors.report();
      throw new IngestionException(
          missing ? IngestionException.Code.MISSING_COLUMNS : IngestionException.Code.UNKNOWN_COLUMNS,
          "les colonnes du fichier ne correspondent pas au schéma " + schemaName(schema) + " : "
              + report.errors().stream().map(RowError::message).limit(10).toList(),
          report, null);
    }
    return fields;
  }

  private static String schemaName(TableSchema schema) {
    return schema.name() != null ? "« " + schema.name() + " »" : "";
  }

  static void knownToTable(List<String> labels, List<String> names, Map<String, ColumnType> table)
      throws IngestionException {
    ErrorLog errors = new ErrorLog();
    for (int c = 0; c < names.size(); c++) {
      if (!table.containsKey(names.get(c))) {
        errors.add(1, labels.get(c), null, "colonne absente de la table (" + names.get(c) + ")");
      }
    }
    if (!errors.isEmpty()) {
      ValidationReport report = errors.report();
      throw new IngestionException(IngestionException.Code.UNKNOWN_COLUMNS,
          "le fichier a des colonnes que la table n'a pas : "
              + report.errors().stream().map(RowError::field).toList()
              + " ; choisissez « remplacer » pour changer les colonnes",
          report, null);
    }
  }

}
