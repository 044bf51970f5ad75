package fr.socle.lakehouse.promotion;

import fr.socle.lakehouse.iceberg.Tier;
import fr.socle.lakehouse.jdbc.Jdbc;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.exceptions.NoSuchTableException;
import org.jspecify.annotations.Nullable;

/**
 * Retraction: in one database transaction, with the publication's row locked (a commit in flight finishes first, a
 * later one sees the retraction), the open table leaves the open catalogue and the state becomes retracted; the
 * public side checks that state, Trino no longer finds the table, at any version. For a leak, every file of every
 * version (data, metadata, exports, leftovers) is then deleted. The tombstone and the changelog entry stay.
 */
final class Retractions {
  private final Tier open;
  private final Jdbc jdbc;
  private final Publications publications;
  private final Clock clock;
  private final List<Promotions.Listener> listeners;

  Retractions(Tier open, Jdbc jdbc, Publications publications, Clock clock, List<Promotions.Listener> listeners) {
    this.open = open;
    this.jdbc = jdbc;
    this.publications = publications;
    this.clock = clock;
    this.listeners = listeners;
  }

  void retract(String publicationId, PublishedDataset.Reason reason, @Nullable String note, String by,
      int decisionVersion) throws PromotionException {
    PublishedDataset dataset = publications.find(publicationId).orElseThrow(() -> new PromotionException(
        PromotionException.Code.NOT_FOUND, "aucune publication " + publicationId));
    boolean purge = reason.purges();
    boolean alreadyPurged = dataset.tombstone() != null && dataset.tombstone().purged();
    if (dataset.state() == PublishedDataset.State.RETRACTED && (!purge || alreadyPurged)) {
      return;
    }
    Instant now = clock.instant();
    TableIdentifier table = TableIdentifier.of(dataset.openNamespace(), dataset.openTable());
    jdbc.inTransaction(connection -> {
      Publications.lockForCommit(connection, publicationId);
      try {
        open.catalog().dropTable(table, false);
      } catch (NoSuchTableException e) {
        // never published, or already out of the catalogue
      }
      Publications.retract(connection, publicationId, reason, note, by, decisionVersion, purge, now);
      if (purge) {
        Publications.forgetExports(connection, publicationId);
      }
      return null;
    });
    if (purge) {
      purgeFiles(publicationId);
    }
    for (Promotions.Listener listener : listeners) {
      listener.retracted(publicationId, reason, note, by, purge);
    }
  }

  /** Every table location and export prefix any attempt of the publication used. */
  private void purgeFiles(String publicationId) {
    Set<String> prefixes = new LinkedHashSet<>();
    for (Publications.Attempt attempt : publications.attempts(publicationId)) {
      prefixes.add(attempt.tableLocation().endsWith("/") ? attempt.tableLocation() : attempt.tableLocation() + "/");
      prefixes.add(attempt.exportsPrefix());
      String exports = attempt.exportsPrefix().substring(0, attempt.exportsPrefix().length() - 1);
      prefixes.add(exports.substring(0, exports.lastIndexOf('/') + 1));
    }
    Recovery files = new Recovery(open, publications, clock);
    prefixes.forEach(files::deletePrefix);
  }
}
