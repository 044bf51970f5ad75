package fr.socle.lakehouse.promotion;

import fr.socle.lakehouse.catalog.Catalogue;
import fr.socle.lakehouse.catalog.Dataset;
import fr.socle.lakehouse.catalog.DatasetQuery;
import fr.socle.lakehouse.catalog.DatasetState;
import fr.socle.lakehouse.iceberg.Tier;
import fr.socle.policies.communicability.Status;
import fr.socle.policies.occultation.ColumnRule;
import fr.socle.policies.occultation.OccultationPlan;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.exceptions.NoSuchTableException;
import org.jspecify.annotations.Nullable;

/**
 * Runs the queued promotion jobs of datasets: finds the decision in force, resolves what it publishes today
 * ({@link PublicationTargets}), promotes, and records the outcome in the job log with its progress. A decision that
 * no longer publishes what is public retracts it; a retracted dataset stays retracted until a data officer promotes
 * it again or a newer decision is taken. Failures that may pass are retried with exponential backoff. Also checks
 * periodically that the open tier follows the internal tables and the decisions ({@link #reconcile}).
 */
public final class PromotionRunner {
  public static final String SYSTEM = "système";
  private static final Duration FIRST_BACKOFF = Duration.ofSeconds(30);
  private static final Duration MAX_BACKOFF = Duration.ofMinutes(30);

  /** Told of every finished job (notifications, audit). */
  public interface Listener {
    void finished(PromotionJobs.Job job, @Nullable PromotionOutcome outcome, @Nullable VersionedDecision decision);
  }

  private final PromotionJobs jobs;
  private final Promotions promotions;
  private final Catalogue catalogue;
  private final Tier internal;
  private final DecisionSource decisions;
  private final Clock clock;
  private final ZoneId zone;
  private final String owner;
  private final Listener listener;
  private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(
      Thread.ofPlatform().name("socle-promotion-heartbeat").daemon().factory());

  public PromotionRunner(PromotionJobs jobs, Promotions promotions, Catalogue catalogue, DecisionSource decisions,
      Clock clock, ZoneId zone, String owner, Listener listener) {
    this.jobs = jobs;
    this.promotions = promotions;
    this.catalogue = catalogue;
    this.internal = catalogue.tier();
    this.decisions = decisions;
    this.clock = clock;
    this.zone = zone;
    this.owner = owner;
    this.listener = listener;
  }

  public PromotionJobs jobs() {
    return jobs;
  }

  /** Runs the next due job, if any; returns whether one ran. */
  public boolean runNext(BooleanSupplier stopping) {
    Optional<PromotionJobs.Job> claimed = jobs.claim(owner);
    if (claimed.isEmpty()) {
      return false;
    }
    PromotionJobs.Job job = claimed.get();
    ScheduledFuture<?> beat = heartbeats.scheduleAtFixedRate(() -> {
      try {
        jobs.heartbeat(job.id());
      } catch (RuntimeException e) {
        // the next beat may go through
      }
    }, 15, 15, TimeUnit.SECONDS);
    try {
      run(job, stopping);
    } finally {
      beat.cancel(false);
    }
    return true;
  }

  private void run(PromotionJobs.Job job, BooleanSupplier stopping) {
    VersionedDecision decision = null;
    PromotionOutcome outcome = null;
    try {
      Optional<Dataset> dataset = catalogue.find(job.datasetId()).filter(d -> d.state() != DatasetState.DELETED);
      if (dataset.isEmpty()) {
        jobs.finish(job.id(), PromotionJobs.State.FAILED, "jeu de données introuvable", null, null, null, null);
        return;
      }
      decision = decisions.current(job.datasetId()).orElse(null);
      if (decision == null) {
        jobs.finish(job.id(), PromotionJobs.State.SKIPPED, "aucune décision de communicabilité : rien n'est publié",
            null, null, null, null);
        return;
      }
      LocalDate today = LocalDate.now(clock.withZone(zone));
      PublicationTargets.Target target = PublicationTargets.resolve(dataset.get(), decision, today);
      switch (target) {
        case PublicationTargets.Target.Withhold withhold -> withhold(job, dataset.get(), decision, withhold.reason());
        case PublicationTargets.Target.Publish publish -> outcome = publish(job, dataset.get(), decision, publish,
            stopping);
      }
    } catch (PromotionException e) {
      if (e.retriable() && !stopping.getAsBoolean()) {
        jobs.retryOrFail(job, e.getMessage(), backoff(job.attempts()));
      } else if (e.retriable()) {
        jobs.retryOrFail(job, "arrêt du serveur : reprise au redémarrage", Duration.ZERO);
      } else {
        jobs.finish(job.id(), PromotionJobs.State.FAILED, e.getMessage(), null, null, null, null);
      }
    } catch (RuntimeException e) {
      System.getLogger(PromotionRunner.class.getName()).log(System.Logger.Level.WARNING,
          "promotion job " + job.id() + " failed", e);
      jobs.retryOrFail(job, "erreur inattendue : " + e.getClass().getSimpleName(), backoff(job.attempts()));
    }
    PromotionJobs.Job finished = jobs.find(job.id()).orElse(job);
    if (finished.state().finished()) {
      listener.finished(finished, outcome, decision);
    }
  }

  private void withhold(PromotionJobs.Job job, Dataset dataset, VersionedDecision decision, String reason)
      throws PromotionException {
    int retracted = 0;
    for (PublishedDataset published : promotions.publications().ofSource(dataset.id())) {
      if (published.isPublic()) {
        promotions.retract(published.id(), PublishedDataset.Reason.DECISION, "décision n° " + decision.version()
            + " : " + reason, SYSTEM, decision.version());
        retracted++;
      }
    }
    jobs.finish(job.id(), retracted > 0 ? PromotionJobs.State.SUCCEEDED : PromotionJobs.State.SKIPPED,
        retracted > 0 ? "retiré de la publication : " + reason : "rien à publier : " + reason, null, null, null, null);
  }

  private @Nullable PromotionOutcome publish(PromotionJobs.Job job, Dataset dataset, VersionedDecision decision,
      PublicationTargets.Target.Publish target, BooleanSupplier stopping) throws PromotionException {
    Publication publication = target.publication();
    for (PublishedDataset other : promotions.publications().ofSource(dataset.id())) {
      if (!other.id().equals(publication.id()) && other.isPublic()) {
        promotions.retract(other.id(), PublishedDataset.Reason.DECISION, "décision n° " + decision.version()
            + " : publié désormais sous " + publication.id(), SYSTEM, decision.version());
      }
    }
    Optional<PublishedDataset> state = promotions.publications().find(publication.id());
    boolean retractedUnderThisDecision = state.isPresent() && state.get().state() == PublishedDataset.State.RETRACTED
        && decision.version() <= Publications.retractedDecisionVersion(state.get(), promotions.publications().jdbc());
    // A leak was published under this decision's plan: the same plan would publish it again, whoever asks.
    if (retractedUnderThisDecision && state.get().tombstone() != null
        && state.get().tombstone().reason() == PublishedDataset.Reason.LEAK) {
      jobs.finish(job.id(), PromotionJobs.State.SKIPPED, "retiré pour fuite de données : une nouvelle décision (un"
          + " plan d'occultation revu) est nécessaire pour le publier à nouveau", publication.id(), null, null, null);
      return null;
    }
    if (retractedUnderThisDecision && job.trigger() != PromotionJobs.Trigger.MANUAL
        && job.trigger() != PromotionJobs.Trigger.ERASURE) {
      jobs.finish(job.id(), PromotionJobs.State.SKIPPED, "retiré de la publication : une promotion manuelle ou une"
          + " nouvelle décision est nécessaire pour le publier à nouveau", publication.id(), null, null, null);
      return null;
    }
    // A decision that now occults columns an earlier version published as they were: the data officer decided
    // they are not to be public, so the versions holding them go with their files before the new one is published.
    List<String> narrowed = state.isPresent() && state.get().isPublic()
        ? narrowedColumns(publication.id(), target.plan()) : List.of();
    if (!narrowed.isEmpty()) {
      promotions.retract(publication.id(), PublishedDataset.Reason.NARROWED, "décision n° " + decision.version()
          + " : " + String.join(", ", narrowed) + " désormais occulté(es) ; les versions qui les publiaient telles"
          + " quelles sont supprimées", SYSTEM, promotions.publications().publishedUnderDecision(publication.id()));
    }
    String actor = job.trigger() == PromotionJobs.Trigger.MANUAL ? job.requestedBy() : SYSTEM;
    PromotionRequest request = new PromotionRequest(publication, target.plan(), decision, null, actor,
        job.trigger().code());
    JobProgress progress = new JobProgress(job);
    PromotionOutcome outcome = promotions.promote(request, progress, stopping);
    progress.flush();
    switch (outcome) {
      case PromotionOutcome.Published p -> jobs.finish(job.id(), PromotionJobs.State.SUCCEEDED,
          "version " + p.version() + " publiée : " + Attestations.count(p.rowsWritten(), "ligne", "lignes") + " ("
              + Attestations.count(p.added(), "ajoutée", "ajoutées") + ", "
              + Attestations.count(p.removed(), "retirée", "retirées") + ")", p.publicationId(), p.version(),
          p.attestationId(), null);
      case PromotionOutcome.UpToDate u -> jobs.finish(job.id(), PromotionJobs.State.SKIPPED,
          "déjà à jour (version " + u.version() + ")", u.publicationId(), u.version(), null, null);
      case PromotionOutcome.Refused r -> jobs.finish(job.id(), PromotionJobs.State.REFUSED,
          "refusé par le contrôle avant publication : " + String.join(" ; ", r.reasons()), r.publicationId(), null,
          r.attemptId(), promotions.publications().attemptReport(r.attemptId()).orElse(null));
    }
    return outcome;
  }

  /**
   * The columns the latest version published as they were (its attestation says so) that the plan now drops or
   * transforms. Aggregates publish groups, not columns: none.
   */
  private List<String> narrowedColumns(String publicationId, OccultationPlan plan) {
    if (plan.cells().isPresent()) {
      return List.of();
    }
    Attestation latest = promotions.publications().latest(publicationId)
        .flatMap(v -> promotions.publications().attestation(v.attestationId())).orElse(null);
    if (latest == null) {
      return List.of();
    }
    List<String> narrowed = new java.util.ArrayList<>();
    for (Attestation.ColumnTreatment column : latest.columns()) {
      if (column.published() && !column.transformed()) {
        Optional<ColumnRule> rule = plan.rule(column.column());
        if (rule.isEmpty() || !rule.get().publishes() || rule.get().transforms()) {
          narrowed.add(column.column());
        }
      }
    }
    return narrowed;
  }

  static Duration backoff(int attempts) {
    long seconds = FIRST_BACKOFF.toSeconds() << Math.min(10, Math.max(0, attempts - 1));
    return Duration.ofSeconds(Math.min(seconds, MAX_BACKOFF.toSeconds()));
  }

  /**
   * Queues a job for every dataset whose open tier is behind: a decision that publishes today with nothing
   * published, or published from another snapshot, decision version or plan; a deferred decision whose date has
   * come; a decision that withholds what is public. Returns how many were queued.
   */
  public int reconcile() {
    LocalDate today = LocalDate.now(clock.withZone(zone));
    int queued = 0;
    for (Dataset dataset : catalogue.search(new DatasetQuery(null, null, null, null, Set.of(DatasetState.ACTIVE)))) {
      Optional<VersionedDecision> decision = decisions.current(dataset.id());
      if (decision.isEmpty() || jobs.pending(dataset.id())) {
        continue;
      }
      Optional<PromotionJobs.Trigger> trigger = behind(dataset, decision.get(), today);
      if (trigger.isPresent()) {
        jobs.enqueue(dataset.id(), trigger.get(), SYSTEM);
        queued++;
      }
    }
    return queued;
  }

  private Optional<PromotionJobs.Trigger> behind(Dataset dataset, VersionedDecision decision, LocalDate today) {
    PublicationTargets.Target target = PublicationTargets.resolve(dataset, decision, today);
    List<PublishedDataset> published = promotions.publications().ofSource(dataset.id());
    if (target instanceof PublicationTargets.Target.Withhold) {
      return published.stream().anyMatch(PublishedDataset::isPublic)
          ? Optional.of(PromotionJobs.Trigger.DECISION) : Optional.empty();
    }
    Publication publication = ((PublicationTargets.Target.Publish) target).publication();
    PublishedDataset state = published.stream().filter(p -> p.id().equals(publication.id())).findFirst()
        .orElse(null);
    boolean deferredNow = decision.decision().status() == Status.DEFERRED;
    PromotionJobs.Trigger why = deferredNow ? PromotionJobs.Trigger.DEFERRED : PromotionJobs.Trigger.RECONCILE;
    if (state == null || state.state() == PublishedDataset.State.NEW) {
      return Optional.of(why);
    }
    if (state.state() == PublishedDataset.State.RETRACTED) {
      return decision.version() > Publications.retractedDecisionVersion(state, promotions.publications().jdbc())
          ? Optional.of(PromotionJobs.Trigger.DECISION) : Optional.empty();
    }
    Map<String, String> source = promotions.publications().latestSource(publication.id());
    long current;
    try {
      Snapshot snapshot = internal.catalog().loadTable(publication.source()).currentSnapshot();
      current = snapshot == null ? -1 : snapshot.snapshotId();
    } catch (NoSuchTableException e) {
      return Optional.empty();
    }
    boolean outdated = !String.valueOf(current).equals(source.get("source_snapshot_id"))
        || !String.valueOf(decision.version()).equals(source.get("decision_version"))
        || !PlanFingerprint.of(((PublicationTargets.Target.Publish) target).plan(), decision.recordKey())
            .equals(source.get("plan_hash"));
    return outdated ? Optional.of(why) : Optional.empty();
  }

  public void close() {
    heartbeats.shutdownNow();
  }

  /** Progress of the running promotion, in the job's row (at most once a second). */
  private final class JobProgress implements PromotionProgress {
    private final PromotionJobs.Job job;
    private long last;
    private String phase = "";
    /** The figures the once-a-second limit held back, if any. */
    private long @Nullable [] pending;

    JobProgress(PromotionJobs.Job job) {
      this.job = job;
    }

    @Override
    public void phase(Phase value) {
      phase = value.label();
      jobs.phase(job.id(), phase);
    }

    @Override
    public void rows(long read, long written, long total) {
      long now = System.nanoTime();
      if (now - last > 1_000_000_000L) {
        last = now;
        pending = null;
        jobs.progress(job.id(), phase, read, written, total);
      } else {
        pending = new long[] {read, written, total};
      }
    }

    /** Writes the last figures the once-a-second limit held back, so a finished job shows where it ended. */
    void flush() {
      long[] figures = pending;
      if (figures != null) {
        pending = null;
        jobs.progress(job.id(), phase, figures[0], figures[1], figures[2]);
      }
    }
  }
}
