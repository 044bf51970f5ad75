/**
 * French personal-data detectors. {@link fr.socle.policies.detection.Detectors#scan} looks at one value (fast, for
 * the publication gate), {@link fr.socle.policies.detection.ColumnScanner} accumulates counts and masked examples over
 * a column, {@link fr.socle.policies.detection.DatasetScanner} does it for a whole table, every row or a uniform
 * sample. Column names and SCDL schemas are hints ({@link fr.socle.policies.detection.ColumnContext}); the values
 * decide. Matchers are hand-written and linear: no regular expression, so no backtracking on hostile input.
 */
@NullMarked
package fr.socle.policies.detection;

import org.jspecify.annotations.NullMarked;
