/**
 * The public Explore API, compatible with Opendatasoft's v2.1 ({@code /api/explore/v2.1/...}): catalogue, records,
 * facets and exports of published datasets, ODSQL through {@code fr.socle.lakehouse.odsql}, run through Trino as
 * the public principal only. Also its protections (rate limits per address and per API key, response cache) and
 * its documentation (OpenAPI and the {@code /api} page).
 */
@NullMarked
package fr.socle.portal.explore;

import org.jspecify.annotations.NullMarked;
