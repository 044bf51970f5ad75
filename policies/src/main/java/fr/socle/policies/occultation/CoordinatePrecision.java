package fr.socle.policies.occultation;

/** What a generalised location is reduced to. */
public sealed interface CoordinatePrecision {
  /** The centre of a square cell of {@code metres} metres. */
  record Grid(int metres) implements CoordinatePrecision {
    public Grid {
      if (metres < 100) {
        throw new IllegalArgumentException("a grid finer than 100 m does not generalise");
      }
    }
  }

  /** The commune: the executor looks it up ({@link CommuneLocator}) or takes it from another column. */
  record Commune() implements CoordinatePrecision {}

  static CoordinatePrecision grid(int metres) {
    return new Grid(metres);
  }

  static CoordinatePrecision commune() {
    return new Commune();
  }
}
