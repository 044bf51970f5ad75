package fr.socle.lakehouse.promotion;

import fr.socle.lakehouse.catalog.Dataset;
import fr.socle.policies.communicability.Decision;
import fr.socle.policies.communicability.Status;
import fr.socle.policies.occultation.OccultationPlan;
import java.time.LocalDate;

/**
 * What a decision in force publishes today, for a dataset of the catalogue: its rows (or cells) under the decision's
 * plan; for a dataset communicable to the person concerned only, its derived aggregate as a dataset of its own; or
 * nothing, with the reason. A deferred decision whose date has passed publishes what its plan says: the system
 * executes the decision already taken.
 */
public final class PublicationTargets {
  private PublicationTargets() {}

  /** The answer. */
  public sealed interface Target {
    /** Publish this, with this plan. */
    record Publish(Publication publication, OccultationPlan plan) implements Target {}

    /** Publish nothing of the dataset today; {@code reason} in French. */
    record Withhold(String reason) implements Target {}
  }

  public static Target resolve(Dataset dataset, VersionedDecision versioned, LocalDate today) {
    Decision decision = versioned.decision();
    Status status = decision.statusOn(today);
    return switch (status) {
      case COMMUNICABLE, COMMUNICABLE_AFTER_OCCULTATION -> decision.plan().publishesAnything()
          ? new Target.Publish(Publication.of(dataset), decision.plan())
          : new Target.Withhold("la décision ne publie aucune colonne");
      case PERSON_CONCERNED_ONLY -> versioned.derived()
          .<Target>map(plan -> new Target.Publish(Publication.derivedAggregate(dataset), plan))
          .orElse(new Target.Withhold("communicable à la seule personne concernée, sans agrégat dérivé"));
      case DEFERRED -> new Target.Withhold("communicabilité différée jusqu'au " + decision.communicableFrom());
      case NOT_COMMUNICABLE -> new Target.Withhold("non communicable ("
          + decision.mainBasis().map(b -> b.cite()).orElse("L311-5") + ")");
      case UNCLASSIFIED -> new Target.Withhold("non classé");
    };
  }
}
