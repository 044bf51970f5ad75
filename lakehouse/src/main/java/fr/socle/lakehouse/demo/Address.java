package fr.socle.lakehouse.demo;

/** A postal address of the town, with where it stands in the town's plane. */
record Address(int number, String suffix, Street street, double x, double y) {

  /** « 12 bis rue Victor Hugo ». */
  String line() {
    return numberLabel() + " " + street.label();
  }

  /** « 12 » or « 12 bis ». */
  String numberLabel() {
    return suffix.isEmpty() ? Integer.toString(number) : number + " " + suffix;
  }
}
