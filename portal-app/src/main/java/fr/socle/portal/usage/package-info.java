/**
 * Usage statistics of the published datasets: page views, downloads and API calls, counted as answers leave the
 * portal (successful ones only, never the caller's address), summed per day in memory and added to PostgreSQL
 * every few seconds, so that several portals behind one address add up. Producers and data officers read them.
 */
@NullMarked
package fr.socle.portal.usage;

import org.jspecify.annotations.NullMarked;
