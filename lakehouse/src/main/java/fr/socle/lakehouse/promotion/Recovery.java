package fr.socle.lakehouse.promotion;

import fr.socle.lakehouse.iceberg.Tier;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.Table;
import org.apache.iceberg.exceptions.NoSuchTableException;
import org.apache.iceberg.io.FileIO;
import org.apache.iceberg.io.SupportsPrefixOperations;
import org.jspecify.annotations.Nullable;

/**
 * What happens to attempts that did not end: an attempt whose snapshot is in the open table (the process stopped
 * between the commit and its registration) is registered from its pending attestation; any other one has its files
 * (data under its own prefix, exports under theirs) deleted and is marked abandoned. Runs under the publication's
 * lock, so no live promotion owns the attempts it looks at.
 */
final class Recovery {
  private final Tier open;
  private final Publications publications;
  private final Clock clock;

  Recovery(Tier open, Publications publications, Clock clock) {
    this.open = open;
    this.publications = publications;
    this.clock = clock;
  }

  void recover(String publicationId, List<Promotions.Listener> listeners) {
    for (Publications.Attempt attempt : publications.openAttempts(publicationId)) {
      Optional<Snapshot> committed = committedSnapshot(attempt);
      Optional<Attestation> body = publications.pendingBody(attempt.id());
      if (committed.isPresent() && body.isPresent()) {
        complete(attempt, body.get(), committed.get());
        listeners.forEach(l -> l.published(publicationId, attempt.version()));
      } else {
        discard(attempt, "abandoned", "promotion interrompue avant sa validation : fichiers supprimés");
      }
    }
  }

  /** Deletes an attempt's files and closes it. */
  void discard(Publications.Attempt attempt, String state, @Nullable String bodyOrNote) {
    deletePrefix(attempt.dataPrefix());
    deletePrefix(attempt.exportsPrefix());
    boolean body = bodyOrNote != null && bodyOrNote.startsWith("{");
    publications.close(attempt.id(), state, body ? bodyOrNote : null, body ? null : bodyOrNote, clock.instant());
  }

  private void complete(Publications.Attempt attempt, Attestation attestation, Snapshot snapshot) {
    List<ExportFile> exports = new ArrayList<>();
    for (Attestation.ExportSummary export : attestation.exports()) {
      ExportFile.Format format = ExportFile.Format.fromCode(export.format());
      exports.add(new ExportFile(format, attempt.exportsPrefix() + attempt.publicationId() + "-v" + attempt.version()
          + "." + format.extension(), export.bytes(), export.sha256(), export.rows()));
    }
    Integer previous = publications.latest(attempt.publicationId()).map(PublishedVersion::version).orElse(null);
    Instant now = clock.instant();
    publications.jdbc().inTransaction(connection -> {
      Publications.lockForCommit(connection, attempt.publicationId());
      publications.registerVersion(connection, attempt, attestation, snapshot.snapshotId(),
          attestation.counts().rowsPublished(), exports, Attestations.summary(attempt.version(),
              attestation.counts().rowsPublished(), attestation.changes(), previous), now);
      return null;
    });
  }

  private Optional<Snapshot> committedSnapshot(Publications.Attempt attempt) {
    Table table;
    try {
      table = open.catalog().loadTable(org.apache.iceberg.catalog.TableIdentifier.parse(
          publications.find(attempt.publicationId()).map(p -> p.openNamespace() + "." + p.openTable())
              .orElseThrow()));
    } catch (NoSuchTableException e) {
      return Optional.empty();
    }
    String id = attempt.id().toString();
    for (Snapshot snapshot : table.snapshots()) {
      if (id.equals(snapshot.summary().get(Promotions.ATTESTATION_ID))) {
        return Optional.of(snapshot);
      }
    }
    return Optional.empty();
  }

  void deletePrefix(String prefix) {
    FileIO io = open.io();
    if (io instanceof SupportsPrefixOperations prefixes) {
      try {
        prefixes.deletePrefix(prefix);
      } catch (RuntimeException e) {
        // Nothing there (the attempt stopped before writing), or already gone.
      }
    }
  }

  static UUID id(Publications.Attempt attempt) {
    return attempt.id();
  }
}
