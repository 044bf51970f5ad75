/**
 * The public site: home, open catalogue (search and facets in memory), dataset pages (overview, table, chart,
 * map, API), later the legal pages. Reads the open tier only: metadata from the Explore API's public catalogue,
 * rows through its ODSQL queries as the public principal, versions and files from the publication record.
 */
@NullMarked
package fr.socle.portal.publicsite;

import org.jspecify.annotations.NullMarked;
