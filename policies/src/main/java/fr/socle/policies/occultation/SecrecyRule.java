package fr.socle.policies.occultation;

import org.jspecify.annotations.Nullable;

/**
 * Statistical secrecy of a published cell. Individuals: at least {@code n} units per cell (11 for tax-like data).
 * Businesses (loi 51-711, INSEE practice): at least 3 units, and no unit above 85 % of the cell's total.
 */
public sealed interface SecrecyRule {
  int INDIVIDUAL_TAX_MINIMUM = 11;
  int BUSINESS_MINIMUM_UNITS = 3;
  double BUSINESS_MAXIMUM_SHARE = 0.85;

  String describe();

  /** At least {@code units} distinct units (or rows, when no unit column is given) in every cell. */
  record MinimumCount(int units, @Nullable String unitColumn) implements SecrecyRule {
    public MinimumCount {
      if (units < 2) {
        throw new IllegalArgumentException("a minimum cell size is at least 2");
      }
    }

    @Override
    public String describe() {
      return "au moins " + units + (unitColumn == null ? " lignes" : " unités (" + unitColumn + ")") + " par case";
    }
  }

  /**
   * At least {@code minimumUnits} businesses per cell and none above {@code maximumShare} of the cell's total of
   * {@code valueColumn}; businesses told apart by {@code unitColumn} (SIREN, SIRET).
   */
  record Dominance(String unitColumn, String valueColumn, int minimumUnits, double maximumShare)
      implements SecrecyRule {
    public Dominance {
      if (minimumUnits < 1 || maximumShare <= 0 || maximumShare > 1) {
        throw new IllegalArgumentException("minimumUnits >= 1 and 0 < maximumShare <= 1");
      }
    }

    public Dominance(String unitColumn, String valueColumn) {
      this(unitColumn, valueColumn, BUSINESS_MINIMUM_UNITS, BUSINESS_MAXIMUM_SHARE);
    }

    @Override
    public String describe() {
      return "au moins " + minimumUnits + " entreprises (" + unitColumn + ") par case et aucune au-delà de "
          + Math.round(maximumShare * 100) + " % du total de " + valueColumn;
    }
  }

  /** Individual tax-like data: 11 units per cell. */
  static SecrecyRule individualTax(@Nullable String unitColumn) {
    return new MinimumCount(INDIVIDUAL_TAX_MINIMUM, unitColumn);
  }

  static SecrecyRule businesses(String unitColumn, String valueColumn) {
    return new Dominance(unitColumn, valueColumn);
  }
}
