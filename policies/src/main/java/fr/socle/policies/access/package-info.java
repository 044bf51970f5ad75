/**
 * The access-policy model: subjects (people, partner organisations, service accounts), the reserved principals, and
 * the decisions Trino's access control asks for, each with its reasons.
 */
@NullMarked
package fr.socle.policies.access;

import org.jspecify.annotations.NullMarked;
