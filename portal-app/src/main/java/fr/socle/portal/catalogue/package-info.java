/**
 * The internal catalogue: the datasets a person may know of, their pages (description, schema, preview, chart,
 * map, history, downloads), all filtered by the same policy Trino enforces.
 */
@NullMarked
package fr.socle.portal.catalogue;

import org.jspecify.annotations.NullMarked;
