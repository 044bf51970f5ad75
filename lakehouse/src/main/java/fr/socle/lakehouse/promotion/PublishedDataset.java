package fr.socle.lakehouse.promotion;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A dataset of the open tier as the public side sees its state: only {@link State#PUBLISHED} is public; a retracted
 * one keeps a tombstone (when, why, by whom), never its data.
 */
public record PublishedDataset(String id, String sourceDatasetId, Publication.Kind kind, String openNamespace,
    String openTable, State state, @Nullable Integer currentVersion, Instant updatedAt,
    @Nullable Tombstone tombstone) {

  public enum State {
    /** No version committed yet. */
    NEW,
    PUBLISHED,
    RETRACTED;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    static State fromCode(String code) {
      return valueOf(code.toUpperCase(Locale.ROOT));
    }
  }

  /** Why a dataset was retracted. */
  public enum Reason {
    /** A new decision no longer allows publishing it (or not as it was). */
    DECISION("nouvelle décision de communicabilité"),
    /** Data that should not have been published was: every copy is purged. */
    LEAK("signalement d'une diffusion de données protégées"),
    /** Its steward erased rows of the source (the right to erasure, a correction): every version holding them goes. */
    ERASURE("effacement de données à la source"),
    /**
     * A new decision occults columns earlier versions published as they were: those versions go with their files,
     * and the dataset is published again under the new decision.
     */
    NARROWED("nouvelle décision occultant des colonnes jusque-là publiées");

    private final String label;

    Reason(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Whether every copy is purged (files, exports, time travel), not only withdrawn from the public. */
    public boolean purges() {
      return this != DECISION;
    }

    public static Reason fromCode(String code) {
      return valueOf(code.toUpperCase(Locale.ROOT));
    }
  }

  /** What stays of a retraction: the date, the reason's category, who, whether copies were purged. */
  public record Tombstone(Instant at, String by, Reason reason, @Nullable String note, boolean purged) {}

  public boolean isPublic() {
    return state == State.PUBLISHED;
  }

  public Optional<Tombstone> retraction() {
    return Optional.ofNullable(tombstone);
  }

  /** {@code open.domain.table}. */
  public String openName() {
    return "open." + openNamespace + "." + openTable;
  }
}
