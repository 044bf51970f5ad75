package fr.socle.policies.communicability;

import fr.socle.policies.occultation.SecrecyRule;

/**
 * The thresholds the rules propose and validation enforces. Businesses (statistical secrecy, loi 51-711): 3 units,
 * no unit above 85 %. Individual tax-like data: 11. Other data about individuals: {@code individualK}, used for
 * small-group suppression and derived aggregates; 5 is a project default, not a legal figure.
 */
public record SecrecyThresholds(int businessMinimumUnits, double businessMaximumShare, int individualTaxMinimum,
    int individualK) {
  public static final SecrecyThresholds DEFAULT = new SecrecyThresholds(SecrecyRule.BUSINESS_MINIMUM_UNITS,
      SecrecyRule.BUSINESS_MAXIMUM_SHARE, SecrecyRule.INDIVIDUAL_TAX_MINIMUM, 5);

  public SecrecyThresholds {
    if (businessMinimumUnits < 3 || businessMaximumShare > 0.85 || individualTaxMinimum < 11 || individualK < 2) {
      throw new IllegalArgumentException("thresholds below the legal minimums");
    }
  }
}
