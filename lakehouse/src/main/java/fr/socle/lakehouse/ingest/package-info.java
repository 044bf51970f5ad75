/**
 * Ingestion: files as collectivités produce them (CSV with their French habits, XLSX, GeoJSON, Parquet) read as a
 * stream, typed, validated (optionally against a TableSchema such as the SCDL ones), written as Parquet and
 * committed as one Iceberg snapshot, or not at all.
 */
@NullMarked
package fr.socle.lakehouse.ingest;

import org.jspecify.annotations.NullMarked;
