/**
 * Scanning a dataset for classification: reads one snapshot of its table through Trino as the platform principal
 * (every row, or a uniform sample of a large table), turns typed values into the text the detectors read (ISO dates,
 * plain numbers, geometries as WKT), and feeds the {@code policies} detectors. The result holds counts and masked
 * examples, never a value.
 */
@NullMarked
package fr.socle.lakehouse.classification;

import org.jspecify.annotations.NullMarked;
