/**
 * The lakehouse: Iceberg tables of the internal and open tiers, their catalogue metadata, ingestion of files as
 * Parquet snapshots, promotion jobs, and governed queries through the Trino JDBC driver. No HTTP, no web framework,
 * no security framework: callers say who the end user is, Trino enforces what that user may see.
 */
@NullMarked
package fr.socle.lakehouse;

import org.jspecify.annotations.NullMarked;
