package fr.socle.lakehouse.odsql;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * One item of {@code select} or {@code group_by}: its expression, its alias if any, and the key it gets in a result
 * (the alias, else the field name, else the expression as written, as Opendatasoft does).
 */
public record SelectItem(Expr expression, @Nullable String alias, String key) {
  public SelectItem {
    requireNonNull(expression, "expression");
    requireNonNull(key, "key");
  }
}
