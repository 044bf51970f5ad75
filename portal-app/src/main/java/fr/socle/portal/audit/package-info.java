/**
 * The audit trail: every query (from Trino's event listener, with decision-time records and a reconciliation so
 * that none is lost), download, grant change, access decision and admin impersonation, append-only in PostgreSQL,
 * searchable by data officers, purged after the configured retention.
 */
@NullMarked
package fr.socle.portal.audit;

import org.jspecify.annotations.NullMarked;
