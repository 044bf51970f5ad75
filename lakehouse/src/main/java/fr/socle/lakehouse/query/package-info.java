/**
 * Queries through Trino on behalf of a named user: the caller's service account authenticates with its token and
 * sets the session user, so Trino's access control decides with the end user's rights. Results stream.
 */
@NullMarked
package fr.socle.lakehouse.query;

import org.jspecify.annotations.NullMarked;
