package fr.socle.policies.detection;

/**
 * When findings in a column make the column hold the kind. Checksummed or unmistakable kinds (NIR, IBAN, e-mail,
 * phone, plate, address) count from the first value: one leaked phone in a comment column is a leak. A first name
 * alone is a common word too, so a column holds first names only when they are frequent in it.
 */
final class ColumnThresholds {
  static final double FIRST_NAME_SHARE = 0.3;
  static final double FIRST_NAME_SHARE_NAMED_COLUMN = 0.05;

  private ColumnThresholds() {}

  static boolean detected(FindingKind kind, long values, long nonEmpty, ColumnContext ctx) {
    if (values == 0 || nonEmpty == 0) {
      return false;
    }
    double share = (double) values / nonEmpty;
    return switch (kind) {
      case FIRST_NAME -> share >= (ctx.expectsFirstName() ? FIRST_NAME_SHARE_NAMED_COLUMN : FIRST_NAME_SHARE);
      default -> true;
    };
  }
}
