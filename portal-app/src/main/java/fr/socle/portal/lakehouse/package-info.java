/**
 * The lakehouse module's objects as Spring beans: the two Iceberg tiers, the catalogue, the Trino gateways of the
 * internal and public portals, and the migrations of Socle's PostgreSQL schemas.
 */
@NullMarked
package fr.socle.portal.lakehouse;

import org.jspecify.annotations.NullMarked;
