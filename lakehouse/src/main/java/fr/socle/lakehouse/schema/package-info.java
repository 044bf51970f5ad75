/**
 * TableSchema (frictionless) documents: the column schemas collectivités publish against, such as the SCDL ones.
 * Read here once, used by ingestion to validate files and by the catalogue to document columns.
 */
@NullMarked
package fr.socle.lakehouse.schema;

import org.jspecify.annotations.NullMarked;
