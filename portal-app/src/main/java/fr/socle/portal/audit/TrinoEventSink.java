package fr.socle.portal.audit;

import fr.socle.policies.access.Principals;
import fr.socle.policies.access.TableRef;
import fr.socle.portal.access.PolicyState;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Receives Trino's query events on the decision point's loopback port and records them durably before answering,
 * so that Trino retries an event the trail could not store. They come from Socle's event listener
 * ({@code deploy/trino-audit}), which sends the fields read here in the shape of Trino's own event JSON, so that
 * Trino's HTTP event listener can feed this sink too.
 */
@Component
public class TrinoEventSink {
  private final AuditTrail trail;
  private final PolicyState policy;
  private final Clock clock;
  private final SinkSwitch sinkSwitch;

  TrinoEventSink(AuditTrail trail, PolicyState policy, Clock clock, SinkSwitch sinkSwitch) {
    this.trail = trail;
    this.policy = policy;
    this.clock = clock;
    this.sinkSwitch = sinkSwitch;
  }

  /** Stores one event; false (and nothing stored) while the sink is paused, so that Trino retries it. */
  public boolean accept(JsonNode event) {
    if (!sinkSwitch.accepting()) {
      return false;
    }
    trail.record(toEntry(event));
    return true;
  }

  AuditEntry toEntry(JsonNode event) {
    JsonNode metadata = event.path("metadata");
    JsonNode context = event.path("context");
    boolean completed = event.has("statistics") || event.has("endTime");
    String queryId = metadata.path("queryId").asString("");
    String user = context.path("user").asString("?");
    String principal = context.path("principal").asString(null);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("sql", metadata.path("query").asString(""));
    // EXECUTE s USING …: the statement a BI tool prepared is what the person ran
    String prepared = metadata.path("preparedQuery").asString("");
    if (!prepared.isBlank()) {
      details.put("preparedSql", prepared);
    }
    details.put("state", metadata.path("queryState").asString(""));
    details.put("source", context.path("source").asString(""));
    details.put("originalUser", context.path("originalUser").asString(""));
    List<Map<String, Object>> tables = new ArrayList<>();
    Set<String> datasets = new LinkedHashSet<>();
    for (JsonNode table : metadata.path("tables")) {
      Map<String, Object> t = new LinkedHashMap<>();
      String catalog = table.path("catalog").asString("");
      String schema = table.path("schema").asString("");
      String name = table.path("table").asString("");
      t.put("table", catalog + "." + schema + "." + name);
      List<String> filters = new ArrayList<>();
      table.path("filters").forEach(f -> filters.add(f.isString() ? f.asString() : f.toString()));
      t.put("filters", filters);
      List<String> masks = new ArrayList<>();
      for (JsonNode column : table.path("columns")) {
        if (column.hasNonNull("mask")) {
          masks.add(column.path("column").asString("") + ": " + column.path("mask").asString(""));
        }
      }
      t.put("masks", masks);
      tables.add(t);
      ReadDatasets.of(policy, new TableRef(catalog, schema, name)).ifPresent(datasets::add);
    }
    details.put("tables", tables);
    String outcome = null;
    if (completed) {
      JsonNode statistics = event.path("statistics");
      details.put("rows", statistics.path("outputRows").asLong(0));
      details.put("wallTime", statistics.path("wallTime").asString(""));
      details.put("cpuTime", statistics.path("cpuTime").asString(""));
      JsonNode failure = event.path("failureInfo");
      if (failure.isObject()) {
        outcome = "failed";
        details.put("error", failure.path("errorCode").path("name").asString(""));
        details.put("message", failure.path("failureMessage").asString(""));
      } else {
        outcome = "finished";
      }
    }
    if (tables.isEmpty() && "failed".equals(outcome)) {
      // refused before Trino listed its tables (a table one may not see reads as missing): the tables the
      // statement names, so that a search by dataset finds the attempt
      String named = prepared.isBlank() ? metadata.path("query").asString("") : prepared;
      datasets.addAll(ReadDatasets.named(policy, named, context.path("catalog").asString(null),
          context.path("schema").asString(null)));
    }
    if (!datasets.isEmpty()) {
      details.put("datasets", List.copyOf(datasets));
    }
    String datasetId = datasets.isEmpty() ? null : datasets.iterator().next();
    Instant at = completed ? parse(event.path("endTime").asString(null)) : parse(event.path("createTime").asString(null));
    String sql = String.valueOf(details.get("sql"));
    String actor = user;
    boolean mayActForOthers = principal == null || Principals.ADMIN.equals(principal)
        || Principals.isServiceAccount(principal);
    boolean refusedImpersonation = "failed".equals(outcome)
        && String.valueOf(details.get("message")).toLowerCase(java.util.Locale.ROOT).contains("cannot impersonate");
    if (principal != null && !principal.equals(user) && (!mayActForOthers || refusedImpersonation)) {
      // an attempt to act as someone else, which Trino refuses: the authenticated person's act, not the named one's
      actor = principal;
      details.put("claimedUser", user);
    }
    return new AuditEntry(
        at != null ? at : clock.instant(),
        completed ? AuditEntry.Kinds.QUERY_COMPLETED : AuditEntry.Kinds.QUERY_CREATED,
        actor,
        principal != null && !principal.equals(actor) ? principal : null,
        datasetId,
        queryId,
        outcome,
        (completed ? "requête terminée (" + outcome + ") : " : "requête reçue : ") + oneLine(sql)
            + (prepared.isBlank() ? "" : " — préparée : " + oneLine(prepared)),
        details);
  }

  private static @Nullable Instant parse(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String oneLine(String sql) {
    String flat = sql.replaceAll("\\s+", " ").strip();
    return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
  }
}
