package fr.socle.policies.access;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Who may see and read a dataset of the internal tier, as an ordered list of rules; the first that applies
 * decides. Grants are evaluated at the instant the caller passes, so an expired grant stops at once.
 */
public final class DatasetPolicy {

  /** The scope of {@code subject} on {@code dataset}, given the dataset's grants (any state). */
  public ReadScope scope(Subject subject, DatasetFacts dataset, Collection<Grant> grants, Instant now) {
    if (!dataset.readable()) {
      return ReadScope.none("dataset-gone: the dataset was deleted");
    }
    if (subject.isAdmin()) {
      return ReadScope.full("admin: the platform operator (audited)");
    }
    if (subject.has(Role.DATA_OFFICER)) {
      return ReadScope.full("data-officer: classifies every dataset of the collectivité");
    }
    boolean agent = subject.has(Role.AGENT);
    if (agent && subject.user().equals(dataset.steward())) {
      return ReadScope.full("steward: " + subject.user() + " stewards " + dataset.id());
    }
    if (agent && subject.services().contains(dataset.producerService())) {
      return ReadScope.full("producing-service: " + dataset.producerService());
    }
    if (agent && dataset.visibility() == Visibility.SHARED) {
      return ReadScope.full("shared: readable by all agents");
    }
    List<Grant> active = grants.stream()
        .filter(g -> g.datasetId().equals(dataset.id()))
        .filter(g -> g.activeAt(now))
        .filter(g -> g.grantee().covers(subject))
        .filter(g -> !subject.roles().isEmpty())
        // A grant whose row filter no longer fits the table (a column was dropped) opens nothing: fail closed.
        .filter(g -> g.rowFilters().stream().allMatch(f -> f.problemWith(dataset.columns()).isEmpty()))
        .toList();
    if (!active.isEmpty()) {
      return ReadScope.granted(active);
    }
    boolean partner = subject.has(Role.PARTNER);
    if (dataset.visibility() == Visibility.DISCOVERABLE && (agent || partner && dataset.discoverableByPartners())) {
      return ReadScope.metadataOnly("discoverable: catalogue entry and schema, data on request");
    }
    return ReadScope.none("no-access: " + dataset.visibility().code() + " dataset, no grant in force");
  }
}
