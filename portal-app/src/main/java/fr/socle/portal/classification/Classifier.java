package fr.socle.portal.classification;

import fr.socle.lakehouse.catalog.Catalogue;
import fr.socle.lakehouse.catalog.Dataset;
import fr.socle.lakehouse.catalog.DatasetState;
import fr.socle.lakehouse.classification.ScanColumn;
import fr.socle.lakehouse.classification.ScanTarget;
import fr.socle.lakehouse.classification.ScanTargets;
import fr.socle.lakehouse.classification.TableScan;
import fr.socle.lakehouse.classification.TableScanner;
import fr.socle.lakehouse.classification.ValueKind;
import fr.socle.lakehouse.query.QueryException;
import fr.socle.policies.access.Principals;
import fr.socle.policies.communicability.CommunicabilityPolicy;
import fr.socle.policies.communicability.DatasetFacts;
import fr.socle.policies.communicability.Decision;
import fr.socle.policies.communicability.DecisionValidation;
import fr.socle.policies.communicability.InvalidDecisionException;
import fr.socle.policies.communicability.LegalBasis;
import fr.socle.policies.communicability.Proposal;
import fr.socle.policies.communicability.Validation;
import fr.socle.policies.communicability.Violation;
import fr.socle.policies.detection.ColumnFindings;
import fr.socle.policies.detection.DatasetFindings;
import fr.socle.policies.detection.FindingKind;
import fr.socle.policies.occultation.ColumnRule;
import fr.socle.policies.occultation.OccultationPlan;
import fr.socle.policies.occultation.PlanCoverage;
import fr.socle.portal.access.AccessException;
import fr.socle.portal.audit.AuditEntry;
import fr.socle.portal.audit.AuditTrail;
import fr.socle.portal.identity.Directory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Scans, facts, proposals and decisions of one dataset. A decision is checked by {@link DecisionValidation} and
 * against the latest scan, recorded as a new version and audited; it is the only way a dataset's status changes.
 */
@Service
class Classifier {
  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private final Catalogue catalogue;
  private final ScanTargets targets;
  private final TableScanner scanner;
  private final ScanStore scans;
  private final DecisionStore decisions;
  private final CommunicabilityPolicy policy;
  private final DecisionValidation validation;
  private final AuditTrail audit;
  private final Clock clock;
  private final Set<String> scanning = ConcurrentHashMap.newKeySet();
  private final ApplicationEventPublisher events;

  private final @Nullable Directory directory;
  private final String signatoryQuality;

  Classifier(Catalogue catalogue, ScanTargets targets, TableScanner scanner, ScanStore scans, DecisionStore decisions,
      CommunicabilityPolicy policy, DecisionValidation validation, AuditTrail audit, Clock clock,
      ApplicationEventPublisher events, ObjectProvider<Directory> directory, ClassificationSettings settings) {
    this.events = events;
    // none in the command-line tools (the demo's loader): decisions taken there are signed with the account
    this.directory = directory.getIfAvailable();
    this.signatoryQuality = settings.signatoryQuality();
    this.catalogue = catalogue;
    this.targets = targets;
    this.scanner = scanner;
    this.scans = scans;
    this.decisions = decisions;
    this.policy = policy;
    this.validation = validation;
    this.audit = audit;
    this.clock = clock;
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(PARIS));
  }

  Dataset dataset(String datasetId) {
    return catalogue.find(datasetId)
        .filter(d -> d.state() != DatasetState.DELETED)
        .orElseThrow(() -> new AccessException(AccessException.Code.NOT_FOUND, "jeu de données introuvable"));
  }

  // ------------------------------------------------------------------------------------------------ scans

  /** Scans the table's current snapshot now and records the findings. */
  StoredScan scan(String datasetId, String actor) throws QueryException {
    Dataset dataset = dataset(datasetId);
    ScanTarget target = targets.current(dataset).orElseThrow(() -> new AccessException(AccessException.Code.CONFLICT,
        "le jeu de données ne contient pas encore de données : rien à analyser"));
    if (!scanning.add(datasetId)) {
      throw new AccessException(AccessException.Code.CONFLICT, "une analyse de ce jeu de données est déjà en cours");
    }
    try {
      TableScan scan = scanner.scan(target);
      StoredScan stored = scans.record(scan, actor, clock.instant());
      List<String> personal = scan.findings().columns().stream().filter(c -> !c.personalKinds().isEmpty())
          .map(ColumnFindings::column).toList();
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("scan", stored.id());
      details.put("snapshot", Long.toString(target.snapshotId()));
      details.put("method", scan.method().code());
      details.put("rowsRead", scan.findings().rowsRead());
      details.put("rowsScanned", scan.findings().rowsScanned());
      details.put("durationMs", scan.elapsed().toMillis());
      details.put("personalColumns", personal);
      audit.record(new AuditEntry(clock.instant(), AuditEntry.Kinds.CLASSIFICATION_SCANNED, actor,
          Principals.PORTAL, datasetId, null, "ok", "analyse de " + datasetId + " : "
              + scan.findings().coverage() + ", " + personal.size() + " colonne(s) avec des données personnelles",
          details));
      return stored;
    } finally {
      scanning.remove(datasetId);
    }
  }

  // ------------------------------------------------------------------------------------------------ review

  Review review(String datasetId) {
    Dataset dataset = dataset(datasetId);
    LocalDate today = today();
    StoredScan scan = scans.latest(datasetId).orElse(null);
    DecisionStore.VersionedFacts facts = decisions.facts(datasetId);
    DatasetFacts datasetFacts = facts.facts().toDatasetFacts(dataset.metadata());
    Proposal proposal = scan == null ? null : policy.propose(datasetFacts, scan.findings(), today);
    RecordedDecision current = decisions.current(datasetId).orElse(null);
    PlanCoverage.Coverage outgrown = current == null ? null : ReviewRules.outgrown(current, scan).orElse(null);
    Long snapshot = currentSnapshot(dataset);
    return new Review(dataset, today, snapshot, scan, facts, datasetFacts, proposal, current, outgrown,
        decisions.history(datasetId));
  }

  private @Nullable Long currentSnapshot(Dataset dataset) {
    try {
      return targets.currentSnapshotId(dataset).orElse(null);
    } catch (RuntimeException e) {
      return null; // the table is gone: the page still shows the record
    }
  }

  // ------------------------------------------------------------------------------------------------ facts

  DecisionStore.VersionedFacts stateFacts(String datasetId, int basedOn, StatedFacts facts, String actor) {
    Dataset dataset = dataset(datasetId);
    facts.toDatasetFacts(dataset.metadata()); // refuses facts the rules could not weigh, before storing them
    DecisionStore.VersionedFacts stated = decisions.stateFacts(datasetId, basedOn, facts, actor, clock.instant());
    audit.record(new AuditEntry(clock.instant(), AuditEntry.Kinds.CLASSIFICATION_FACTS, actor, null, datasetId, null,
        "ok", "faits déclarés sur " + datasetId + " (version " + stated.version() + ")",
        Map.of("version", stated.version())));
    return stated;
  }

  // ------------------------------------------------------------------------------------------------ decisions

  /**
   * Records a decision on the latest scan and the facts in force (or {@code newFacts}, stated with it).
   *
   * @param basedOn the version the data officer started from (0 for the first), or null to take the current one
   * @throws InvalidDecisionException with every violation, in French, when the law or the data refuse it
   */
  RecordedDecision decide(String datasetId, @Nullable Integer basedOn, Decision proposed,
      @Nullable StatedFacts newFacts, String actor) {
    Dataset dataset = dataset(datasetId);
    StoredScan scan = scans.latest(datasetId).orElseThrow(() -> new AccessException(AccessException.Code.CONFLICT,
        "le jeu de données n'a pas encore été analysé : lancer l'analyse avant de décider"));
    RecordedDecision current = decisions.current(datasetId).orElse(null);
    int currentVersion = current == null ? 0 : current.version();
    if (basedOn != null && basedOn != currentVersion) {
      throw new AccessException(AccessException.Code.CONFLICT, "une autre décision (version " + currentVersion
          + ") a été enregistrée entre-temps : rechargez la page et reprenez à partir de la dernière");
    }
    DecisionStore.VersionedFacts inForce = decisions.facts(datasetId);
    StatedFacts facts = newFacts == null ? inForce.facts() : newFacts;
    DatasetFacts datasetFacts = facts.toDatasetFacts(dataset.metadata());
    LocalDate today = today();
    Decision decision = withEveryColumnNamed(proposed, scan.findings());
    Map<String, ValueKind> kinds = targets.current(dataset).map(t -> t.columns().stream()
        .collect(Collectors.toMap(ScanColumn::name, ScanColumn::kind))).orElse(Map.of());
    Validation result = check(decision, datasetFacts, scan.findings(), kinds, today);
    result.orThrow();
    if (newFacts != null && !newFacts.equals(inForce.facts())) {
      stateFacts(datasetId, inForce.version(), newFacts, actor);
    }
    List<String> changes = DecisionChanges.between(current, decision, facts);
    RecordedDecision recorded = decisions.append(datasetId, currentVersion, decision, facts, scan.id(),
        scan.snapshotId(), changes, signatureOf(actor), clock.instant());
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("version", recorded.version());
    details.put("status", decision.status().name());
    details.put("legalBases", decision.legalBases().stream().map(LegalBasis::name).toList());
    details.put("plan", decision.plan().describe());
    details.put("changes", changes);
    details.put("scan", scan.id());
    audit.record(new AuditEntry(clock.instant(), AuditEntry.Kinds.CLASSIFICATION_DECIDED, actor, null, datasetId,
        null, decision.status().name().toLowerCase(Locale.ROOT), "décision " + recorded.version() + " sur "
            + datasetId + " : " + decision.status().label() + " (" + String.join(", ",
            decision.legalBases().stream().map(LegalBasis::article).toList()) + ")", details));
    events.publishEvent(new DecisionRecorded(datasetId, recorded.version(), actor));
    return recorded;
  }

  /**
   * How a decision is signed (CRPA L212-1: « le prénom, le nom et la qualité » of its author): the person's name as
   * the directory has it, else their account, and the quality of those who classify.
   */
  static String signature(@Nullable String name, String account, String quality) {
    return (name == null || name.isBlank() ? account : name.strip()) + ", " + quality;
  }

  private String signatureOf(String actor) {
    return signature(directory == null ? null : directory.name(actor), actor, signatoryQuality);
  }

  /**
   * The policies' validation, plus: what a published column holds must be covered by its rule, and the rule must
   * apply to the column's values (a date rule on amounts would publish the column empty).
   */
  Validation check(Decision decision, DatasetFacts facts, DatasetFindings findings,
      Map<String, ValueKind> valueKinds, LocalDate today) {
    Validation validated = validation.validate(decision, facts, findings, today);
    List<Violation> violations = new ArrayList<>(validated.violations());
    for (ColumnRule rule : decision.plan().columns()) {
      ValueKind kind = valueKinds.get(rule.column());
      if (kind != null && !appliesTo(rule, kind)) {
        violations.add(new Violation("regle-inadaptee", "Colonne « " + rule.column() + " » : la règle « "
            + rule.describe() + " » ne s'applique pas à ses valeurs (" + kindLabel(kind) + ")."));
      }
    }
    if (decision.plan().publishesAnything()) {
      PlanCoverage.check(decision.plan(), findings).uncoveredFindings().forEach((column, kinds) -> {
        List<FindingKind> quasi = kinds.stream().filter(k -> !k.isDirectIdentifier()).sorted().toList();
        if (!quasi.isEmpty()) {
          violations.add(new Violation("plan-incomplet", "Colonne « " + column + " » : " + String.join(", ",
              quasi.stream().map(FindingKind::plural).toList()) + " détecté(e)s, que sa règle ne couvre pas :"
              + " transformer ou supprimer la colonne, ou accepter explicitement ces valeurs."));
        }
      });
    }
    return new Validation(violations);
  }

  /** Whether the rule can transform values of this kind (keeping or dropping a column applies to any). */
  static boolean appliesTo(ColumnRule rule, ValueKind kind) {
    return switch (rule) {
      case ColumnRule.Keep keep -> true;
      case ColumnRule.Drop drop -> true;
      case ColumnRule.GeneraliseDate date -> kind == ValueKind.DATE || kind == ValueKind.TIMESTAMP
          || kind == ValueKind.TEXT;
      case ColumnRule.Band band -> kind == ValueKind.INTEGER || kind == ValueKind.DECIMAL || kind == ValueKind.TEXT;
      case ColumnRule.GeneraliseCoordinates coordinates -> kind == ValueKind.DECIMAL || kind == ValueKind.INTEGER
          || kind == ValueKind.TEXT || kind == ValueKind.GEOMETRY;
      case ColumnRule.EmptyText empty -> kind == ValueKind.TEXT;
      case ColumnRule.CategoryCounts counts -> kind == ValueKind.TEXT;
    };
  }

  private static String kindLabel(ValueKind kind) {
    return switch (kind) {
      case TEXT -> "du texte";
      case INTEGER -> "des nombres entiers";
      case DECIMAL -> "des nombres décimaux";
      case DATE -> "des dates";
      case TIMESTAMP -> "des dates et heures";
      case BOOLEAN -> "des booléens";
      case GEOMETRY -> "des géométries";
      case OTHER -> "des valeurs d'un autre type";
    };
  }

  /**
   * Plans are allow-lists: a column the decision does not name is not published. Naming it explicitly ("supprimer
   * la colonne") makes the decision say so, and keeps a later scan from taking it for a new column.
   */
  static Decision withEveryColumnNamed(Decision decision, DatasetFindings findings) {
    OccultationPlan plan = decision.plan();
    if (!plan.publishesAnything()) {
      return decision;
    }
    List<ColumnRule> rules = new ArrayList<>(plan.columns());
    Set<String> named = plan.namedColumns();
    for (String column : findings.columnNames()) {
      if (!named.contains(column)) {
        rules.add(new ColumnRule.Drop(column));
      }
    }
    if (rules.size() == plan.columns().size()) {
      return decision;
    }
    OccultationPlan complete = new OccultationPlan(rules, plan.smallGroupSuppression().orElse(null),
        plan.cells().orElse(null));
    return new Decision(decision.status(), decision.legalBases(), complete, decision.exemption(),
        decision.communicableFrom(), decision.justification(), decision.reviewDate(), decision.decidedBy(),
        decision.decidedOn());
  }

  Optional<RecordedDecision> current(String datasetId) {
    return decisions.current(datasetId);
  }

  Optional<RecordedDecision> version(String datasetId, int version) {
    return decisions.version(datasetId, version);
  }
}
