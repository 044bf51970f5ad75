package fr.socle.lakehouse.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Valmont-sur-Loire: the fictional town, its identifiers and its map. The town hall stands at the origin of a
 * plane in metres; the boundary is an irregular oval of about 7 km by 5 km on the south bank of the Loire, cut into
 * eight neighbourhoods (Voronoi cells around their centres) crossed by about 130 streets.
 */
final class Town {
  static final String NAME = "Valmont-sur-Loire";
  static final String OFFICIAL_NAME = "Commune de Valmont-sur-Loire";
  static final String CCAS_NAME = "Centre communal d'action sociale de Valmont-sur-Loire";
  /** Well-formed (département 37, Indre-et-Loire) and unused by INSEE. */
  static final String INSEE_CODE = "37299";
  static final String POSTCODE = "37490";
  static final String DEPARTEMENT = "Indre-et-Loire";
  static final String PREFECTURE_ID = "PREF037";
  static final String WEB_DOMAIN = "valmont-sur-loire.fr";
  static final String WEBSITE = "https://www." + WEB_DOMAIN;
  /** The demo's « today »: every dataset is an extraction as of this date (no clock is read). */
  static final LocalDate EXTRACTION_DATE = LocalDate.of(2026, 11, 30);
  static final String SPATIAL_COVERAGE = "Commune de " + NAME + " (code INSEE " + INSEE_CODE + ")";
  /** Town hall, between Tours and Blois. */
  static final LocalFrame FRAME = new LocalFrame(47.4120, 1.0620);

  private static final GeometryFactory PLANE = new GeometryFactory();
  private static final String[] QUARTIER_NAMES = {
      "Centre-Ville", "Les Bords de Loire", "Saint-Martin", "La Varenne", "Les Grands Champs", "Beaulieu",
      "La Croix-Blanche", "Le Plessis"};
  private static final double[][] QUARTIER_CENTRES = {
      {0, 300}, {-1700, 1500}, {1800, 1300}, {-2700, 0}, {2700, -200}, {-1400, -1500}, {1300, -1600}, {0, -1300}};
  /** Inhabitants per km², so that the centre is dense and La Varenne is still farmland. */
  private static final double[] QUARTIER_DENSITIES = {7800, 3800, 3600, 650, 2100, 3000, 2700, 3300};

  final String siren;
  final String siret;
  /** The town's social action centre (CCAS), a public body of its own: it buys and is subsidised. */
  final String ccasSiret;
  final int population;
  final String switchboard;
  private final Polygon boundary;
  private final List<Quartier> quartiers;
  private final List<Street> streets;
  private final Weighted<Street> streetsByHouses;
  private final IndexedPointInAreaLocator[] locators;

  Town(long seed) {
    DemoRandom random = DemoRandom.stream(seed, "town");
    siren = Siret.communeSiren(INSEE_CODE);
    siret = Siret.siret(siren, 1);
    ccasSiret = Siret.siret(Siret.siren(random, "2637"), 1);
    population = 47_600 + random.nextInt(900);
    switchboard = "+33 247" + random.digits(6);
    boundary = boundary(random.fork());
    quartiers = quartiers(random.fork());
    locators = new IndexedPointInAreaLocator[quartiers.size()];
    for (int i = 0; i < locators.length; i++) {
      locators[i] = new IndexedPointInAreaLocator(quartiers.get(i).area());
    }
    streets = StreetNames.lay(this, random.fork());
    double[] weights = new double[streets.size()];
    for (int i = 0; i < weights.length; i++) {
      Street street = streets.get(i);
      weights[i] = street.lastNumber() * QUARTIER_DENSITIES[street.quartier()];
    }
    streetsByHouses = Weighted.of(streets, weights);
  }

  Polygon boundary() {
    return boundary;
  }

  List<Quartier> quartiers() {
    return quartiers;
  }

  List<Street> streets() {
    return streets;
  }

  Street street(String label) {
    for (Street street : streets) {
      if (street.label().equals(label)) {
        return street;
      }
    }
    throw new IllegalArgumentException("no street " + label);
  }

  /** An address where people live: streets weighted by houses and by their neighbourhood's density. */
  Address residentialAddress(DemoRandom random) {
    return address(random, streetsByHouses.draw(random));
  }

  Address address(DemoRandom random, Street street) {
    int number = 1 + random.nextInt(street.lastNumber());
    String suffix = random.chance(0.04) ? random.pick("bis", "ter") : "";
    double[] xy = street.position(number);
    return new Address(number, suffix, street, xy[0], xy[1]);
  }

  /** Number 1 to the street's last number, spread evenly: for facilities placed by hand. */
  Address address(Street street, int number) {
    int clamped = Math.clamp(number, 1, street.lastNumber());
    double[] xy = street.position(clamped);
    return new Address(clamped, "", street, xy[0], xy[1]);
  }

  /** The neighbourhood a point of the town falls in (the nearest centre's when it falls on no polygon). */
  int quartierAt(double x, double y) {
    Coordinate point = new Coordinate(x, y);
    for (int i = 0; i < locators.length; i++) {
      if (locators[i].locate(point) != Location.EXTERIOR) {
        return i;
      }
    }
    int nearest = 0;
    for (int i = 1; i < QUARTIER_CENTRES.length; i++) {
      if (Math.hypot(x - QUARTIER_CENTRES[i][0], y - QUARTIER_CENTRES[i][1])
          < Math.hypot(x - QUARTIER_CENTRES[nearest][0], y - QUARTIER_CENTRES[nearest][1])) {
        nearest = i;
      }
    }
    return nearest;
  }

  static GeometryFactory plane() {
    return PLANE;
  }

  double[] quartierCentre(int index) {
    return QUARTIER_CENTRES[index];
  }

  /** A random point inside neighbourhood {@code index}. */
  double[] pointIn(DemoRandom random, int index) {
    Polygon area = quartiers.get(index).area();
    Envelope box = area.getEnvelopeInternal();
    for (int attempt = 0; attempt < 1000; attempt++) {
      double x = random.between(box.getMinX(), box.getMaxX());
      double y = random.between(box.getMinY(), box.getMaxY());
      if (area.contains(PLANE.createPoint(new Coordinate(x, y)))) {
        return new double[] {x, y};
      }
    }
    Point centre = area.getInteriorPoint();
    return new double[] {centre.getX(), centre.getY()};
  }

  /** The longest part of the segment that lies inside the town, or null when too little does. */
  LineString clip(double x1, double y1, double x2, double y2) {
    LineString line = PLANE.createLineString(new Coordinate[] {new Coordinate(x1, y1), new Coordinate(x2, y2)});
    Geometry inside = boundary.intersection(line);
    LineString longest = null;
    for (int i = 0; i < inside.getNumGeometries(); i++) {
      if (inside.getGeometryN(i) instanceof LineString part
          && (longest == null || part.getLength() > longest.getLength())) {
        longest = part;
      }
    }
    return longest;
  }

  private static Polygon boundary(DemoRandom random) {
    int vertices = 48;
    double[] phases = {random.between(0, 2 * Math.PI), random.between(0, 2 * Math.PI), random.between(0, 2 * Math.PI)};
    Coordinate[] ring = new Coordinate[vertices + 1];
    for (int i = 0; i < vertices; i++) {
      double angle = 2 * Math.PI * i / vertices;
      double wobble = 1 + 0.07 * StrictMath.sin(2 * angle + phases[0]) + 0.05 * StrictMath.sin(3 * angle + phases[1])
          + 0.03 * StrictMath.sin(5 * angle + phases[2]);
      double x = 3700 * wobble * StrictMath.cos(angle);
      double y = 2500 * wobble * StrictMath.sin(angle);
      if (y > 2000) {
        y = 2000 + (y - 2000) * 0.25; // the Loire flattens the northern edge
      }
      ring[i] = new Coordinate(round(x), round(y));
    }
    ring[vertices] = ring[0];
    return PLANE.createPolygon(ring);
  }

  private List<Quartier> quartiers(DemoRandom random) {
    List<Coordinate> sites = new ArrayList<>();
    for (double[] centre : QUARTIER_CENTRES) {
      sites.add(new Coordinate(centre[0] + random.between(-150, 150), centre[1] + random.between(-150, 150)));
    }
    VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
    voronoi.setSites(sites);
    Envelope clip = boundary.getEnvelopeInternal();
    clip.expandBy(1000);
    voronoi.setClipEnvelope(clip);
    Geometry cells = voronoi.getDiagram(PLANE);
    Polygon[] areas = new Polygon[sites.size()];
    for (int i = 0; i < cells.getNumGeometries(); i++) {
      Geometry cell = cells.getGeometryN(i);
      for (int s = 0; s < sites.size(); s++) {
        if (cell.contains(PLANE.createPoint(sites.get(s)))) {
          areas[s] = largestPolygon(cell.intersection(boundary));
        }
      }
    }
    double[] raw = new double[areas.length];
    double total = 0;
    for (int i = 0; i < areas.length; i++) {
      raw[i] = areas[i].getArea() / 1e6 * QUARTIER_DENSITIES[i] * random.between(0.92, 1.08);
      total += raw[i];
    }
    List<Quartier> result = new ArrayList<>();
    int assigned = 0;
    for (int i = 0; i < areas.length; i++) {
      int people = i == areas.length - 1 ? population - assigned : (int) Math.round(population * raw[i] / total);
      assigned += people;
      double perDwelling = i == 0 ? 1.75 : i == 3 ? 2.45 : random.between(2.05, 2.3);
      result.add(new Quartier(
          (i < 9 ? "Q0" : "Q") + (i + 1), QUARTIER_NAMES[i], areas[i], people, (int) Math.round(people / perDwelling)));
    }
    return List.copyOf(result);
  }

  private static Polygon largestPolygon(Geometry geometry) {
    Polygon largest = null;
    for (int i = 0; i < geometry.getNumGeometries(); i++) {
      if (geometry.getGeometryN(i) instanceof Polygon polygon
          && (largest == null || polygon.getArea() > largest.getArea())) {
        largest = polygon;
      }
    }
    if (largest == null) {
      throw new IllegalStateException("a neighbourhood fell outside the town");
    }
    return largest;
  }

  private static double round(double metres) {
    return Math.round(metres * 100) / 100.0;
  }
}
