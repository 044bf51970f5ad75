package fr.socle.portal.decision;

import fr.socle.policies.access.AccessDecision;
import fr.socle.policies.access.EnginePolicy;
import fr.socle.policies.access.Subject;
import fr.socle.policies.access.TableRef;
import fr.socle.policies.access.ViewExpression;
import fr.socle.policies.access.Principals;
import fr.socle.portal.access.PolicyState;
import fr.socle.portal.audit.AuditEntry;
import fr.socle.portal.audit.DecisionLog;
import java.time.Clock;
import fr.socle.portal.decision.OpaInput.Resource;
import fr.socle.portal.identity.Directory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Maps each operation of Trino's access control to a question of the {@link EnginePolicy}. An operation that is
 * not listed here is denied: a new Trino version cannot open a door by adding one.
 */
@Component
class TrinoAuthorizer {
  private final Directory directory;
  private final PolicyState state;
  private final DecisionLog decisions;
  private final Clock clock;

  TrinoAuthorizer(Directory directory, PolicyState state, DecisionLog decisions, Clock clock) {
    this.directory = directory;
    this.state = state;
    this.decisions = decisions;
    this.clock = clock;
  }

  AccessDecision decide(OpaInput input) {
    AccessDecision decision =
        decide(state.enginePolicy(), directory.subject(input.user()), input.operation(), input.resource());
    audit(input, decision);
    return decision;
  }

  /**
   * Decision-time records: every statement (so that no query escapes the trail even if its events are lost),
   * every admin act as another user, every denied read.
   */
  private void audit(OpaInput input, AccessDecision decision) {
    String outcome = decision.allowed() ? "allowed" : "denied";
    switch (input.operation()) {
      case "ExecuteQuery" -> decisions.record(new AuditEntry(clock.instant(), AuditEntry.Kinds.QUERY_DECIDED,
          input.user(), null, null, null, outcome, "instruction " + (decision.allowed() ? "autorisée" : "refusée"),
          Map.of("rule", decision.rule())));
      case "ImpersonateUser" -> {
        String target = orEmpty(input.resource().user());
        if (!decision.allowed()) {
          // an attempt, in the trail of whoever made it (not of the person it named)
          decisions.record(new AuditEntry(clock.instant(), AuditEntry.Kinds.IMPERSONATION_DENIED, input.user(), null,
              null, null, outcome, input.user() + " a tenté d'agir en tant que " + target,
              Map.of("rule", decision.rule(), "target", target)));
        } else if (Principals.ADMIN.equals(input.user())) {
          decisions.record(new AuditEntry(clock.instant(), AuditEntry.Kinds.IMPERSONATION, target, input.user(),
              null, null, outcome, input.user() + " agit en tant que " + target, Map.of("rule", decision.rule())));
        }
      }
      case "ShowColumns", "ShowCreateTable" -> {
        if (!decision.allowed()) {
          deniedRead(input, decision, input.operation().equals("ShowColumns") ? "description refusée : "
              : "définition refusée : ");
        }
      }
      case "SelectFromColumns" -> {
        if (!decision.allowed()) {
          deniedRead(input, decision, "lecture refusée : ");
        }
      }
      default -> {
        // other operations are frequent metadata checks: their effect shows in the query's own record
      }
    }
  }

  /** A refused read or description of a table, filed under its dataset (the audit's search by dataset finds it). */
  private void deniedRead(OpaInput input, AccessDecision decision, String what) {
    TableRef table = tableOf(input.resource());
    String dataset = state.snapshot().datasetOf(table.baseTable()).map(d -> d.id()).orElse(null);
    decisions.record(new AuditEntry(clock.instant(), AuditEntry.Kinds.ACCESS_DENIED, input.user(), null,
        dataset, null, "denied", what + table,
        Map.of("rule", decision.rule(), "reason", decision.reason(), "columns", input.resource().columns())));
  }

  /** Row filter expressions for the table read by the user (at most one here: the grants' disjunction). */
  List<ViewExpression> rowFilters(OpaInput input) {
    Subject subject = directory.subject(input.user());
    return state.enginePolicy().rowFilter(subject, tableOf(input.resource())).map(List::of).orElse(List.of());
  }

  /** For each column resource, its index and mask expression, for the columns that have one. */
  List<Map<String, Object>> columnMasks(OpaInput input) {
    Subject subject = directory.subject(input.user());
    EnginePolicy policy = state.enginePolicy();
    List<Map<String, Object>> masks = new ArrayList<>();
    List<Resource> columns = input.filterResources();
    for (int i = 0; i < columns.size(); i++) {
      Resource column = columns.get(i);
      Optional<ViewExpression> mask = policy.columnMask(subject, tableOf(column), orEmpty(column.column()),
          orEmpty(column.columnType()));
      if (mask.isPresent()) {
        masks.add(Map.of("index", i, "viewExpression", TrinoDecisionEndpoints.asTrino(mask.get())));
      }
    }
    return masks;
  }

  /** Indices of the filter resources the user may see (FilterCatalogs, FilterTables, FilterColumns, ...). */
  List<Integer> filter(OpaInput input) {
    Subject subject = directory.subject(input.user());
    EnginePolicy policy = state.enginePolicy();
    List<Integer> allowed = new ArrayList<>();
    if ("FilterColumns".equals(input.operation()) && input.filterResources().size() == 1) {
      // One table; the answer lists the indices of its visible columns.
      Resource table = input.filterResources().getFirst();
      List<String> columns = table.columns();
      Set<String> visible = policy.visibleColumns(subject, tableOf(table), columns);
      for (int i = 0; i < columns.size(); i++) {
        if (visible.contains(columns.get(i))) {
          allowed.add(i);
        }
      }
      return allowed;
    }
    List<Resource> resources = input.filterResources();
    for (int i = 0; i < resources.size(); i++) {
      if (decide(policy, subject, input.operation(), resources.get(i)).allowed()) {
        allowed.add(i);
      }
    }
    return allowed;
  }

  private AccessDecision decide(EnginePolicy policy, Subject subject, String operation, Resource resource) {
    return switch (operation) {
      case "ExecuteQuery" -> policy.executeQuery(subject);
      case "ImpersonateUser" -> policy.impersonate(subject, directory.subject(orEmpty(resource.user())));
      case "ViewQueryOwnedBy", "FilterViewQueryOwnedBy", "KillQueryOwnedBy" -> policy.otherUsersQueries(subject);
      case "ReadSystemInformation", "WriteSystemInformation", "SetSystemSessionProperty",
          "SetCatalogSessionProperty" -> policy.operate(subject);
      case "AccessCatalog", "FilterCatalogs", "ShowSchemas" -> policy.accessCatalog(subject, orEmpty(resource.catalog()));
      // a schema's definition is its storage location: the operator's
      case "ShowCreateSchema" -> policy.operate(subject);
      case "FilterSchemas", "ShowTables" ->
          policy.seeSchema(subject, orEmpty(resource.catalog()), orEmpty(resource.schema()));
      case "FilterTables", "ShowColumns" -> policy.seeTable(subject, tableOf(resource));
      case "ShowCreateTable" -> policy.showCreateTable(subject, tableOf(resource));
      case "SelectFromColumns" -> policy.select(subject, tableOf(resource), Set.copyOf(resource.columns()));
      case "ShowFunctions" -> policy.accessCatalog(subject, orEmpty(resource.catalog()));
      case "CreateSchema", "DropSchema", "RenameSchema", "SetSchemaAuthorization", "CreateTable", "DropTable",
          "RenameTable", "SetTableProperties", "SetTableComment", "SetColumnComment", "AddColumn", "DropColumn",
          "RenameColumn", "AlterColumn", "InsertIntoTable", "DeleteFromTable", "TruncateTable", "UpdateTableColumns",
          "SetTableAuthorization", "CreateView", "CreateViewWithSelectFromColumns", "CreateViewWithExecuteFunction",
          "DropView", "RenameView", "SetViewComment", "SetViewAuthorization", "CreateMaterializedView",
          "DropMaterializedView", "RefreshMaterializedView", "RenameMaterializedView",
          "SetMaterializedViewProperties", "ExecuteTableProcedure", "ExecuteProcedure", "CreateFunction",
          "DropFunction", "ShowCreateFunction", "ExecuteFunction", "FilterFunctions" ->
          policy.write(subject, orEmpty(resource.catalog()), properties(resource));
      default -> AccessDecision.deny("unknown-operation", "operation " + operation + " is not allowed");
    };
  }

  private static Map<String, Optional<Object>> properties(Resource resource) {
    return resource.properties();
  }

  private static TableRef tableOf(Resource resource) {
    return new TableRef(orEmpty(resource.catalog()), orEmpty(resource.schema()), orEmpty(resource.table()));
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
