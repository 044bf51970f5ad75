/**
 * Loads of files into datasets: the catalogue entry, the Iceberg snapshot and the record of the load change
 * together, or nothing changes.
 */
@NullMarked
package fr.socle.lakehouse.load;

import org.jspecify.annotations.NullMarked;
