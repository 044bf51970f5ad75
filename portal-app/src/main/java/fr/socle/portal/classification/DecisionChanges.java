package fr.socle.portal.classification;

import fr.socle.policies.communicability.Decision;
import fr.socle.policies.communicability.LegalBasis;
import fr.socle.policies.occultation.ColumnRule;
import fr.socle.policies.occultation.OccultationPlan;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What a decision changes from the previous version, in French, one line per change, for the history. */
final class DecisionChanges {
  private DecisionChanges() {}

  static List<String> between(@Nullable RecordedDecision previous, Decision next, StatedFacts facts) {
    List<String> lines = new ArrayList<>();
    if (previous == null) {
      lines.add("première décision : " + next.status().label());
      return lines;
    }
    Decision before = previous.decision();
    if (before.status() != next.status()) {
      lines.add("statut : " + before.status().label() + " → " + next.status().label());
    }
    if (!before.legalBases().equals(next.legalBases())) {
      lines.add("bases légales : " + articles(before.legalBases()) + " → " + articles(next.legalBases()));
    }
    if (before.exemption() != next.exemption()) {
      lines.add("catégorie D312-1-3 : " + (before.exemption() == null ? "aucune" : before.exemption().label())
          + " → " + (next.exemption() == null ? "aucune" : next.exemption().label()));
    }
    if (!Objects.equals(before.communicableFrom(), next.communicableFrom())) {
      lines.add("communicable à partir du : " + orNone(before.communicableFrom()) + " → "
          + orNone(next.communicableFrom()));
    }
    lines.addAll(planChanges(before.plan(), next.plan()));
    if (!before.justification().equals(next.justification())) {
      lines.add("justification modifiée");
    }
    if (!before.reviewDate().equals(next.reviewDate())) {
      lines.add("réexamen : " + before.reviewDate() + " → " + next.reviewDate());
    }
    if (!previous.facts().equals(facts)) {
      lines.add("faits déclarés modifiés");
    }
    if (lines.isEmpty()) {
      lines.add("décision confirmée sans changement");
    }
    return lines;
  }

  static List<String> planChanges(OccultationPlan before, OccultationPlan next) {
    List<String> lines = new ArrayList<>();
    if (before.publishesAnything() != next.publishesAnything()) {
      lines.add(next.publishesAnything() ? "plan : ne publiait rien → publie " + String.join(", ",
          next.publishedColumns()) : "plan : ne publie plus rien");
      return lines;
    }
    Set<String> columns = new LinkedHashSet<>();
    before.columns().forEach(r -> columns.add(r.column()));
    next.columns().forEach(r -> columns.add(r.column()));
    for (String column : columns) {
      Optional<ColumnRule> was = before.rule(column);
      Optional<ColumnRule> is = next.rule(column);
      if (!was.equals(is)) {
        lines.add("colonne « " + column + " » : " + was.map(ColumnRule::describe).orElse("non nommée") + " → "
            + is.map(ColumnRule::describe).orElse("non nommée"));
      }
    }
    if (!before.smallGroupSuppression().equals(next.smallGroupSuppression())) {
      lines.add("petits groupes : " + before.smallGroupSuppression().map(s -> s.describe()).orElse("aucune suppression")
          + " → " + next.smallGroupSuppression().map(s -> s.describe()).orElse("aucune suppression"));
    }
    if (!before.cells().equals(next.cells())) {
      lines.add("agrégation : " + before.cells().map(a -> a.describe()).orElse("aucune") + " → "
          + next.cells().map(a -> a.describe()).orElse("aucune"));
    }
    return lines;
  }

  private static String articles(List<LegalBasis> bases) {
    return bases.isEmpty() ? "aucune" : String.join(", ", bases.stream().map(LegalBasis::article).toList());
  }

  private static String orNone(@Nullable Object value) {
    return value == null ? "aucune date" : value.toString();
  }
}
