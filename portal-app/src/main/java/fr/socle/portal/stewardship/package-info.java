/**
 * Stewardship of datasets: editing their metadata and visibility, archiving, renaming, deleting, and erasing a
 * person's rows (right to erasure). Reserved to the dataset's steward and data officers.
 */
@NullMarked
package fr.socle.portal.stewardship;

import org.jspecify.annotations.NullMarked;
