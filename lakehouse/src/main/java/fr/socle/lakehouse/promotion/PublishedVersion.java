package fr.socle.lakehouse.promotion;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A version of a published dataset: its number, its Iceberg snapshot, its attestation, its exports. */
public record PublishedVersion(String publicationId, int version, long snapshotId, UUID attestationId, long rows,
    Instant publishedAt, State state, List<ExportFile> exports) {
  public PublishedVersion {
    exports = List.copyOf(exports);
  }

  public enum State {
    PUBLISHED,
    /** Not public any more; its files may remain (retraction on a new decision). */
    RETRACTED,
    /** Not public, and every copy deleted (retraction after a leak). */
    PURGED;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    static State fromCode(String code) {
      return valueOf(code.toUpperCase(Locale.ROOT));
    }
  }
}
