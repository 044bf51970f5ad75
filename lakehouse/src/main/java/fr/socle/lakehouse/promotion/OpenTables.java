package fr.socle.lakehouse.promotion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.iceberg.Schema;
import org.apache.iceberg.UpdateSchema;
import org.apache.iceberg.types.Types;

/** Schemas of open tables: what changed between the published schema and a promotion's, and how to apply it. */
final class OpenTables {
  private OpenTables() {}

  /** The changes from {@code published} to {@code wanted}, in French, one line each; empty when equal. */
  static List<String> changes(Schema published, Schema wanted) {
    List<String> changes = new ArrayList<>();
    for (Types.NestedField field : published.columns()) {
      Types.NestedField now = wanted.findField(field.name());
      if (now == null) {
        changes.add("colonne « " + field.name() + " » retirée");
      } else if (!now.type().equals(field.type())) {
        changes.add("colonne « " + field.name() + " » : " + kind(field.type()) + " → " + kind(now.type()));
      }
    }
    for (Types.NestedField field : wanted.columns()) {
      if (published.findField(field.name()) == null) {
        changes.add("colonne « " + field.name() + " » ajoutée (" + kind(field.type()) + ")");
      }
    }
    List<String> before = published.columns().stream().map(Types.NestedField::name)
        .filter(n -> wanted.findField(n) != null).toList();
    List<String> after = wanted.columns().stream().map(Types.NestedField::name)
        .filter(n -> published.findField(n) != null).toList();
    if (changes.isEmpty() && !before.equals(after)) {
      changes.add("ordre des colonnes modifié");
    }
    return changes;
  }

  /** A column's type as the public reads it in the changelog (« nombre décimal », not {@code double}). */
  static String kind(org.apache.iceberg.types.Type type) {
    return switch (type.typeId()) {
      case BOOLEAN -> "booléen";
      case INTEGER, LONG -> "nombre entier";
      case FLOAT, DOUBLE, DECIMAL -> "nombre décimal";
      case DATE -> "date";
      case TIMESTAMP, TIMESTAMP_NANO -> "date et heure";
      case STRING -> "texte";
      case BINARY, FIXED -> "binaire (géométrie)";
      default -> type.toString();
    };
  }

  /** Whether the column documentation differs (not a change of the data, but applied with it). */
  static boolean docsDiffer(Schema published, Schema wanted) {
    for (Types.NestedField field : wanted.columns()) {
      Types.NestedField old = published.findField(field.name());
      if (old != null && !Objects.equals(old.doc(), field.doc())) {
        return true;
      }
    }
    return false;
  }

  /** Makes the table's schema {@code wanted}: columns gone are dropped, retyped ones replaced, new ones added. */
  static void reshape(UpdateSchema update, Schema published, Schema wanted) {
    Map<String, Types.NestedField> target = new LinkedHashMap<>();
    wanted.columns().forEach(f -> target.put(f.name(), f));
    for (Types.NestedField field : published.columns()) {
      Types.NestedField now = target.get(field.name());
      if (now == null || !now.type().equals(field.type())) {
        update.deleteColumn(field.name());
      }
    }
    for (Types.NestedField field : wanted.columns()) {
      Types.NestedField old = published.findField(field.name());
      if (old == null || !old.type().equals(field.type())) {
        update.addColumn(field.name(), field.type(), field.doc());
      } else if (!Objects.equals(old.doc(), field.doc()) && field.doc() != null) {
        update.updateColumnDoc(field.name(), field.doc());
      }
    }
    List<String> order = wanted.columns().stream().map(Types.NestedField::name).toList();
    update.moveFirst(order.getFirst());
    for (int i = 1; i < order.size(); i++) {
      update.moveAfter(order.get(i), order.get(i - 1));
    }
    update.commit();
  }

  /** The table's fields, in the order of {@code names} (the order the batches hold the columns in). */
  static Schema select(Schema schema, List<String> names) {
    List<Types.NestedField> fields = new ArrayList<>();
    for (String name : names) {
      fields.add(Objects.requireNonNull(schema.findField(name), name));
    }
    return new Schema(fields);
  }
}
