package fr.socle.lakehouse.demo;

/**
 * A street of the town: its type (« rue », « avenue »…) and name as the BAN writes them, its FANTOIR-like code, its
 * axis in the town's plane and how many house numbers it has. Many streets bear a person's name (« rue Victor
 * Hugo »): that is a place, not personal data.
 */
record Street(
    String type, String name, String fantoir, int quartier, double x1, double y1, double x2, double y2,
    int lastNumber) {

  private static final double SIDE_OFFSET = 9.0;

  /** « rue Victor Hugo », as written in running text and postal addresses. */
  String label() {
    return type + " " + name;
  }

  /** « Rue Victor Hugo », as the BAN and the SCDL write street names. */
  String officialLabel() {
    return Character.toUpperCase(type.charAt(0)) + type.substring(1) + " " + name;
  }

  double length() {
    return Math.hypot(x2 - x1, y2 - y1);
  }

  /** Where number {@code number} stands: odd numbers on one side, even on the other. */
  double[] position(int number) {
    double along = Math.min(1.0, number / (lastNumber + 1.0));
    double dx = x2 - x1;
    double dy = y2 - y1;
    double length = Math.max(1e-9, Math.hypot(dx, dy));
    double side = (number % 2 == 1 ? 1 : -1) * SIDE_OFFSET;
    return new double[] {x1 + along * dx - side * dy / length, y1 + along * dy + side * dx / length};
  }

  /** The middle of the street, as a town hall clerk would geocode « rue Victor Hugo » without a number. */
  double[] middle() {
    return new double[] {(x1 + x2) / 2, (y1 + y2) / 2};
  }
}
