/**
 * "Signaler un problème": the public form of every published dataset (personal data visible, an error in the data,
 * a technical problem), the reports' store, and the data officers' page where they are handled. It is how a leak
 * reaches the people who can retract a publication.
 */
@NullMarked
package fr.socle.portal.report;

import org.jspecify.annotations.NullMarked;
