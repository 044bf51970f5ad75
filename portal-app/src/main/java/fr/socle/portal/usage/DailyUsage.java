package fr.socle.portal.usage;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/** One publication's uses on one day (Europe/Paris). */
public record DailyUsage(LocalDate day, String publicationId, Counts counts) {
  public DailyUsage {
    requireNonNull(day, "day");
    requireNonNull(publicationId, "publicationId");
    requireNonNull(counts, "counts");
  }

  /** Views, downloads and API calls; immutable, so that counters can be merged atomically. */
  public record Counts(long views, long downloads, long apiCalls) {
    public static final Counts ZERO = new Counts(0, 0, 0);

    public static Counts one(UsageKind kind) {
      return switch (kind) {
        case VIEW -> new Counts(1, 0, 0);
        case DOWNLOAD -> new Counts(0, 1, 0);
        case API_CALL -> new Counts(0, 0, 1);
      };
    }

    public Counts plus(Counts other) {
      return new Counts(views + other.views, downloads + other.downloads, apiCalls + other.apiCalls);
    }

    public long total() {
      return views + downloads + apiCalls;
    }
  }
}
