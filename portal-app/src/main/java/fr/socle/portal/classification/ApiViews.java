package fr.socle.portal.classification;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import fr.socle.lakehouse.catalog.Dataset;
import fr.socle.policies.communicability.Decision;
import fr.socle.policies.communicability.LegalBasis;
import fr.socle.policies.communicability.Proposal;
import fr.socle.policies.communicability.Status;
import fr.socle.policies.detection.FindingKind;
import fr.socle.policies.occultation.PlanCoverage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The JSON shapes of the classification API. Findings carry counts and masked examples, never a value. Snapshot ids
 * are strings: Iceberg draws them over 63 bits, past what a JavaScript number holds exactly.
 */
final class ApiViews {
  private ApiViews() {}

  record Code(String code, String label) {
    static Code of(Status status) {
      return new Code(status.name(), status.label());
    }
  }

  record Basis(String code, String article, String label) {
    static Basis of(LegalBasis basis) {
      return new Basis(basis.name(), basis.article(), basis.label());
    }

    static List<Basis> of(List<LegalBasis> bases) {
      return bases.stream().map(Basis::of).toList();
    }
  }

  record DatasetRef(String id, String title, String producerService, String table) {
    static DatasetRef of(Dataset d) {
      return new DatasetRef(d.id(), d.metadata().title(), d.metadata().producerService(), d.trinoName());
    }
  }

  record Kind(FindingKind kind, String label, Long values, Long occurrences, List<String> examples, boolean detected) {}

  record Column(String column, long valuesScanned, long nonEmpty, List<Kind> kinds) {}

  record Scan(long id, @JsonFormat(shape = JsonFormat.Shape.STRING) long snapshotId, Instant scannedAt,
      String requestedBy, String method, long rowsRead, long rowsScanned, boolean sampled, String coverage,
      long durationMs, long rowsPerSecond, List<Column> columns) {
    static Scan of(StoredScan s) {
      List<Column> columns = s.findings().columns().stream().map(c -> new Column(c.column(), c.valuesScanned(),
          c.nonEmpty(), c.kinds().stream().map(k -> new Kind(k.kind(), k.kind().label(), k.values(), k.occurrences(),
              k.examples(), c.detected().contains(k.kind()))).toList())).toList();
      return new Scan(s.id(), s.snapshotId(), s.scannedAt(), s.requestedBy(), s.method().code(),
          s.findings().rowsRead(), s.findings().rowsScanned(), s.findings().sampled(), s.findings().coverage(),
          s.durationMs(), Math.round(s.rowsPerSecond()), columns);
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ProposalView(Code status, List<Basis> legalBases, PlanJson.Plan plan, List<String> planDescription,
      @Nullable LocalDate communicableFrom, @Nullable String derivedAggregate, List<String> explanations) {
    static ProposalView of(Proposal p) {
      return new ProposalView(Code.of(p.status()), Basis.of(p.legalBases()), PlanJson.of(p.plan()),
          p.plan().describe(), p.communicableFrom(), p.aggregate().map(a -> a.describe()).orElse(null), p.explain());
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record DecisionView(int version, Instant decidedAt, String decidedBy, @Nullable String signedAs, LocalDate decidedOn,
      Code status, Code statusToday, List<Basis> legalBases, PlanJson.Plan plan, List<String> planDescription,
      @Nullable Code exemption, @Nullable LocalDate communicableFrom, String justification, LocalDate reviewDate,
      @Nullable Long scanId, @JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable Long snapshotId,
      List<String> changes, StatedFacts facts) {
    static DecisionView of(RecordedDecision r, LocalDate today) {
      Decision d = r.decision();
      return new DecisionView(r.version(), r.decidedAt(), d.decidedBy(), r.signedAs(), d.decidedOn(),
          Code.of(d.status()), Code.of(d.statusOn(today)), Basis.of(d.legalBases()), PlanJson.of(d.plan()), d.plan().describe(),
          d.exemption() == null ? null : new Code(d.exemption().name(), d.exemption().label()), d.communicableFrom(),
          d.justification(), d.reviewDate(), r.scanId(), r.snapshotId(), r.changes(), r.facts());
    }
  }

  record Coverage(List<String> uncoveredColumns, List<String> missingColumns,
      Map<String, List<FindingKind>> uncoveredFindings, List<String> reasons) {
    static Coverage of(PlanCoverage.Coverage c) {
      Map<String, List<FindingKind>> findings = new TreeMap<>();
      c.uncoveredFindings().forEach((column, kinds) -> findings.put(column, kinds.stream().sorted().toList()));
      return new Coverage(c.uncoveredColumns(), c.missingColumns(), findings, c.reasons());
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ReviewView(DatasetRef dataset, @JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable Long currentSnapshotId,
      boolean scanIsCurrent, @Nullable Scan scan, int factsVersion, StatedFacts facts, String theme,
      @Nullable ProposalView proposal, @Nullable DecisionView decision, boolean needsReview,
      @Nullable Coverage outgrown, boolean reviewDue, List<DecisionView> history) {
    static ReviewView of(Review r) {
      return new ReviewView(DatasetRef.of(r.dataset()), r.currentSnapshotId(), r.scanIsCurrent(),
          r.scan() == null ? null : Scan.of(r.scan()), r.facts().version(), r.facts().facts(),
          r.datasetFacts().theme().name(), r.proposal() == null ? null : ProposalView.of(r.proposal()),
          r.current() == null ? null : DecisionView.of(r.current(), r.today()),
          r.outgrown() != null || r.reviewDue(), r.outgrown() == null ? null : Coverage.of(r.outgrown()),
          r.reviewDue(), r.history().stream().map(h -> DecisionView.of(h, r.today())).toList());
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record QueueItem(String datasetId, String title, String producerService, String state, Instant since,
      List<String> reasons, boolean overdue, boolean scanned, @Nullable Code status, int version) {
    static QueueItem of(QueueEntry e) {
      return new QueueItem(e.datasetId(), e.title(), e.producerService(), e.state().code(), e.since(), e.reasons(),
          e.overdue(), e.scanned(), e.status() == null ? null : Code.of(e.status()), e.version());
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record DashboardView(int datasets, int classified, int classifiedPercent, int communicable,
      int communicablePercent, int communicableAsIs, int communicableAfterOccultation, int deferredNowDue,
      int deferredPending, @Nullable Integer published, @Nullable Integer publishedPercent,
      int publishedWithoutDecision, int overdue,
      int overdueAfterDays, int reviewDue, int changed, Map<String, Integer> byStatus) {
    static DashboardView of(Dashboard d) {
      Map<String, Integer> byStatus = new LinkedHashMap<>();
      for (Status status : Status.values()) {
        byStatus.put(status.name(), d.byStatus().getOrDefault(status, 0));
      }
      return new DashboardView(d.datasets(), d.classified(), d.percent(d.classified()), d.communicable(),
          d.percent(d.communicable()), d.communicableAsIs(), d.communicableAfterOccultation(), d.deferredNowDue(),
          d.deferredPending(), d.published(), d.published() == null ? null : d.percent(d.published()),
          d.publishedWithoutDecision(), d.overdue(),
          d.overdueAfterDays(), d.reviewDue(), d.changed(), byStatus);
    }
  }
}
