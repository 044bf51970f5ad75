/**
 * Local replicas of published versions, sorted by record id and read in process by DuckDB, for the Explore API's
 * plain pages; see {@link fr.socle.lakehouse.replica.Replicas}.
 */
@NullMarked
package fr.socle.lakehouse.replica;

import org.jspecify.annotations.NullMarked;
