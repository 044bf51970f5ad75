/**
 * Identities from Keycloak: the service accounts' tokens (client credentials) and the directory of users, roles
 * and groups, synced from Keycloak's admin API so that decisions hold for people who only use the Trino CLI.
 */
@NullMarked
package fr.socle.portal.identity;

import org.jspecify.annotations.NullMarked;
