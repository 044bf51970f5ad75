package fr.socle.lakehouse.odsql;

import static java.util.Objects.requireNonNull;

/** One item of {@code order_by}. */
public record OrderItem(Expr expression, boolean descending) {
  public OrderItem {
    requireNonNull(expression, "expression");
  }
}
