/**
 * The dataset catalogue: what each dataset is (title, description, producing service, steward, theme, keywords,
 * licence, frequency, coverage, SCDL schema, visibility), where its data lives (an Iceberg table of the internal
 * tier), and its history. Kept in PostgreSQL (schema {@code catalog}, Flyway migrations in {@code db/catalog}).
 */
@NullMarked
package fr.socle.lakehouse.catalog;

import org.jspecify.annotations.NullMarked;
