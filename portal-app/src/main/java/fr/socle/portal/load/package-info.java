/**
 * Loading files into the data space: the command-line loader ({@code deploy/local/load}), the demo collectivité,
 * and (for the pages) uploads running as background jobs with their progress.
 */
@NullMarked
package fr.socle.portal.load;

import org.jspecify.annotations.NullMarked;
