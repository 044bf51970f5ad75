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
        errors.add(1, label, null, schema.name() == null ? Message.of("header.unknownToSchema")
            : Message.of("header.unknownToNamedSchema", schema.name()));
      }
      fields.add(field);
    }
    boolean missing = false;
    for (TableSchema.Field field : schema.fields()) {
      if (field.required() && !labels.contains(field.name())) {
        errors.add(1, field.name(), null, Message.of("header.required"));
        missing = true;
      }
    }
    if (!errors.isEmpty()) {
      // The columns at fault by name: why each one is, in the report's rows.
      ValidationReport report = errors.report();
      String columns = report.errors().stream().map(RowError::field).limit(10).toList().toString();
      throw new IngestionException(
          missing ? IngestionException.Code.MISSING_COLUMNS : IngestionException.Code.UNKNOWN_COLUMNS,
          schema.name() == null ? Message.of("header.schemaMismatch", columns)
              : Message.of("header.namedSchemaMismatch", schema.name(), columns),
          report, null);
    }
    return fields;
  }

  static void knownToTable(List<String> labels, List<String> names, Map<String, ColumnType> table)
      throws IngestionException {
    ErrorLog errors = new ErrorLog();
    for (int c = 0; c < names.size(); c++) {
      if (!table.containsKey(names.get(c))) {
        errors.add(1, labels.get(c), null, Message.of("header.notInTable", names.get(c)));
      }
    }
    if (!errors.isEmpty()) {
      ValidationReport report = errors.report();
      throw new IngestionException(IngestionException.Code.UNKNOWN_COLUMNS,
          Message.of("header.unknownToTable", report.errors().stream().map(RowError::field).toList()), report,
          null);
    }
  }

}
