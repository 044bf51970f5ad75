/**
 * The two Iceberg tiers (internal and open): one JDBC catalogue each, in PostgreSQL databases of their own, with
 * warehouses in separate folders or buckets.
 */
@NullMarked
package fr.socle.lakehouse.iceberg;

import org.jspecify.annotations.NullMarked;
