package fr.socle.policies.occultation;

import java.util.Optional;

/** Finds the commune of a WGS84 position; implemented outside policies (it needs the communes' geometries). */
@FunctionalInterface
public interface CommuneLocator {
  /** The commune's INSEE code, or empty when the position is in no known commune. */
  Optional<String> communeAt(double latitude, double longitude);

  /** For plans that generalise to a grid only. */
  CommuneLocator NONE = (latitude, longitude) -> Optional.empty();
}
