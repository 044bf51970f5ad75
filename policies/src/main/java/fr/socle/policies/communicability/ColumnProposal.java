package fr.socle.policies.communicability;

import fr.socle.policies.occultation.ColumnRule;
import org.jspecify.annotations.Nullable;

/**
 * What a column rule proposes for one column: the plan's rule, the legal basis it rests on (none when nothing is
 * occulted), a short reason ("vie privée"), and whether the column is a quasi-identifier once published.
 */
record ColumnProposal(
    String ruleId, ColumnRule rule, @Nullable LegalBasis basis, String found, String because,
    boolean quasiIdentifier) {

  /** "colonne « email_demandeur » : 1 204 adresses e-mail personnelles → L311-6 1° (vie privée) → supprimer". */
  Explanation explain() {
    String ground = basis == null ? because : basis.article() + " (" + because + ")";
    return new Explanation(ruleId, "colonne « " + rule.column() + " » : " + found + " → " + ground + " → "
        + rule.describe());
  }
}
