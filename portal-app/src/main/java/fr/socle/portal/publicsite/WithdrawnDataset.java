package fr.socle.portal.publicsite;

import fr.socle.lakehouse.promotion.PublishedDataset.Tombstone;

/**
 * A dataset page asked for after its dataset was retracted: answered 410 with what stays public of it (its
 * tombstone in the DCAT feed and the API says as much), so that a reuser following an old link learns it is gone
 * for good and why, rather than that it never was.
 */
final class WithdrawnDataset extends RuntimeException {
  private final String id;
  private final Tombstone tombstone;

  WithdrawnDataset(String id, Tombstone tombstone) {
    super("jeu de données retiré de la publication : " + id, null, false, false);
    this.id = id;
    this.tombstone = tombstone;
  }

  String id() {
    return id;
  }

  Tombstone tombstone() {
    return tombstone;
  }
}
