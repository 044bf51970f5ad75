/**
 * Catalogue feeds of the open tier, for harvesters and feed readers: the DCAT-AP 3 catalogue (Turtle, RDF/XML,
 * JSON-LD, paged; also Opendatasoft's {@code /catalog/exports/dcat}), the SCDL catalogue CSV, the Atom feed of
 * updates and the sitemap. Published datasets only, plus the tombstones of retracted ones; URIs are built on the
 * publication id, which survives renames, and on a configurable base URL.
 */
@NullMarked
package fr.socle.portal.feeds;

import org.jspecify.annotations.NullMarked;
