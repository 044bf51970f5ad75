/** The public site: home, open catalogue, dataset pages, legal pages. Reads the open tier only. */
@NullMarked
package fr.socle.portal.publicsite;

import org.jspecify.annotations.NullMarked;
