package fr.socle.lakehouse.promotion;

import fr.socle.policies.communicability.Decision;
import fr.socle.policies.communicability.LegalBasis;
import fr.socle.policies.occultation.Aggregation;
import fr.socle.policies.occultation.CellAggregator;
import fr.socle.policies.occultation.ColumnRule;
import fr.socle.policies.occultation.GateVerdict;
import fr.socle.policies.occultation.OccultationPlan;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.iceberg.Schema;
import org.apache.iceberg.types.Types;
import org.jspecify.annotations.Nullable;

/** Builds the attestation of a promotion from its request, its pass and its checks. */
final class Attestations {
  private Attestations() {}

  /** @param gatePlan the plan the gate checked against (the decision's, thresholds raised to the minimums) */
  static Attestation build(UUID id, int version, PromotionRequest request, OccultationPlan gatePlan,
      long sourceSnapshotId, Schema sourceSchema, PromotionPass.Result pass, List<String> schemaChanges,
      RecordIds ids, boolean previousPurged, List<ExportFile> exports, Instant at) {
    Publication publication = request.publication();
    Decision decision = request.decision().decision();
    OccultationPlan plan = request.plan();
    List<Attestation.Check> checks = checks(gatePlan, pass.verdict(), pass, schemaChanges,
        version == 1 || previousPurged);
    long cellsSuppressed = pass.cells() == null ? 0 : pass.cells().secretCells();
    return new Attestation(id, publication.id(), publication.title(), version, publication.openName(),
        new Attestation.Source(publication.sourceDatasetId(), "internal." + publication.source(), sourceSnapshotId),
        new Attestation.DecisionSummary(request.decision().version(),
            decision.statusOn(at.atZone(java.time.ZoneOffset.UTC).toLocalDate()).label(),
            decision.legalBases().stream().map(LegalBasis::cite).toList(), decision.justification(),
            request.decision().decidedBy(), request.decision().decidedAt(), decision.communicableFrom()),
        columns(sourceSchema, plan), plan.describe(), checks,
        new Attestation.Counts(pass.rowsRead(), pass.rowsWritten(), pass.suppressed(), cellsSuppressed),
        new Attestation.Changes(ids.added(), ids.removed(), ids.changed(), schemaChanges, previousPurged),
        exports.stream().map(e -> new Attestation.ExportSummary(e.format().code(), e.bytes(), e.sha256(), e.rows()))
            .toList(),
        request.actor(), request.trigger(), at);
  }

  /** Column by column, in the source's order: what the plan does with it, in French. */
  static List<Attestation.ColumnTreatment> columns(Schema source, OccultationPlan plan) {
    List<Attestation.ColumnTreatment> columns = new ArrayList<>();
    Aggregation cells = plan.cells().orElse(null);
    for (Types.NestedField field : source.columns()) {
      String name = field.name();
      ColumnRule rule = plan.rule(name).orElse(null);
      if (cells != null) {
        boolean grouped = cells.groupBy().contains(name);
        String treatment = grouped
            ? "colonne de regroupement" + (rule != null && rule.transforms() ? " (" + rule.describe() + ")" : "")
            : cells.inputs().contains(name) ? "non publiée : sert au calcul des cases" : "non publiée";
        columns.add(new Attestation.ColumnTreatment(name, treatment, grouped, rule != null && rule.transforms()));
      } else if (rule != null) {
        columns.add(new Attestation.ColumnTreatment(name, rule.describe(), rule.publishes(),
            rule.publishes() && rule.transforms()));
      } else if (plan.namedColumns().contains(name)) {
        columns.add(new Attestation.ColumnTreatment(name, "non publiée : utilisée par le plan", false, false));
      } else {
        columns.add(new Attestation.ColumnTreatment(name, "non publiée : colonne non couverte par la décision",
            false, false));
      }
    }
    return columns;
  }

  static List<Attestation.Check> checks(OccultationPlan plan, GateVerdict verdict, PromotionPass.Result pass,
      List<String> schemaChanges, boolean nothingBefore) {
    List<Attestation.Check> checks = new ArrayList<>();
    List<GateVerdict.Failure> detectors = failures(verdict, GateVerdict.Check.DETECTORS);
    checks.add(new Attestation.Check("detecteurs", GateVerdict.Check.DETECTORS.label(), detectors.isEmpty(),
        detectors.isEmpty()
            ? "les " + verdict.rows() + " lignes publiées ont été relues par les détecteurs pendant l'écriture :"
                + " aucune donnée personnelle que la décision ne couvre"
            : String.join(" ; ", detectors.stream().map(GateVerdict.Failure::message).toList())));
    plan.smallGroupSuppression().ifPresent(s -> {
      List<GateVerdict.Failure> k = failures(verdict, GateVerdict.Check.K_ANONYMITY);
      checks.add(new Attestation.Check("k-anonymat", GateVerdict.Check.K_ANONYMITY.label(), k.isEmpty(), k.isEmpty()
          ? "chaque combinaison de (" + String.join(", ", s.quasiIdentifiers()) + ") publiée concerne au moins "
              + s.k() + " lignes ; " + pass.suppressed() + " lignes de groupes plus petits non publiées"
          : String.join(" ; ", k.stream().map(GateVerdict.Failure::message).toList())));
    });
    plan.cells().ifPresent(a -> {
      List<GateVerdict.Failure> cells = failures(verdict, GateVerdict.Check.CELL_SECRECY);
      CellAggregator.Result result = pass.cells();
      String counted = result == null ? "" : result.cells() + " cases calculées, " + result.secretCells()
          + " sous le seuil non publiées ; ";
      checks.add(new Attestation.Check("secret-statistique", GateVerdict.Check.CELL_SECRECY.label(), cells.isEmpty(),
          cells.isEmpty() ? counted + "chaque case publiée respecte la règle : " + a.secrecy().describe()
              : String.join(" ; ", cells.stream().map(GateVerdict.Failure::message).toList())));
    });
    checks.add(new Attestation.Check("schema", "schéma publié", true, nothingBefore
        ? "colonnes publiées telles que décrites ci-dessus (aucune version précédente à laquelle le comparer)"
        : schemaChanges.isEmpty() ? "schéma identique à celui de la version précédente"
        : "schéma modifié, consigné au journal des modifications : " + String.join(" ; ", schemaChanges)));
    return checks;
  }

  private static List<GateVerdict.Failure> failures(GateVerdict verdict, GateVerdict.Check check) {
    return verdict.failures().stream().filter(f -> f.check() == check).toList();
  }

  /** The changelog's line for a new version. */
  static String summary(int version, long rows, Attestation.Changes changes, @Nullable Integer previous) {
    StringBuilder text = new StringBuilder("Version ").append(version).append(" : ")
        .append(count(rows, "enregistrement", "enregistrements"));
    if (previous == null) {
      text.append(" (première publication)");
    } else if (changes.previousPurged()) {
      text.append(" ; les versions précédentes ont été supprimées (données effacées ou retirées) : celle-ci les"
          + " remplace, et toute copie antérieure doit l'être aussi");
    } else {
      text.append(" ; ").append(count(changes.added(), "ajouté", "ajoutés")).append(", ")
          .append(count(changes.removed(), "retiré", "retirés"));
      if (changes.changed() != null) {
        text.append(", ").append(count(changes.changed(), "modifié", "modifiés"));
      }
      text.append(" depuis la version ").append(previous);
    }
    if (!changes.schema().isEmpty()) {
      text.append(" ; schéma : ").append(String.join(", ", changes.schema()));
    }
    return text.toString();
  }

  /** « 1 ajouté », « 0 ajouté », « 2 ajoutés »: French takes the singular below two. */
  static String count(long n, String singular, String plural) {
    return n + " " + (Math.abs(n) < 2 ? singular : plural);
  }
}
