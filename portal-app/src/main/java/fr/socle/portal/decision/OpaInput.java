package fr.socle.portal.decision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One request of Trino's OPA plugin: who ({@code context.identity.user}), what ({@code action.operation}) and on
 * which resource (or, for batches, which {@code filterResources}). Read leniently: a field Trino adds later is
 * ignored, a missing one reads as absent.
 */
record OpaInput(String user, String operation, Resource resource, List<Resource> filterResources) {

  static OpaInput parse(JsonNode body) {
    JsonNode input = body.path("input");
    String user = input.path("context").path("identity").path("user").asString("");
    JsonNode action = input.path("action");
    List<Resource> filter = new ArrayList<>();
    action.path("filterResources").forEach(node -> filter.add(Resource.of(node)));
    return new OpaInput(
        user, action.path("operation").asString(""), Resource.of(action.path("resource")), List.copyOf(filter));
  }

  /** The parts of an OPA resource Socle decides on. */
  record Resource(
      @Nullable String user,
      @Nullable String catalog,
      @Nullable String schema,
      @Nullable String table,
      @Nullable String column,
      @Nullable String columnType,
      List<String> columns,
      Map<String, Optional<Object>> properties) {

    static Resource of(JsonNode node) {
      JsonNode table = node.path("table");
      JsonNode schema = node.path("schema");
      JsonNode column = node.path("column");
      String catalog = text(node.path("catalog").path("name"));
      String schemaName = null;
      String tableName = null;
      String columnName = null;
      String columnType = null;
      JsonNode properties = null;
      if (table.isObject()) {
        catalog = text(table.path("catalogName"));
        schemaName = text(table.path("schemaName"));
        tableName = text(table.path("tableName"));
        properties = table.path("properties");
      } else if (column.isObject()) {
        catalog = text(column.path("catalogName"));
        schemaName = text(column.path("schemaName"));
        tableName = text(column.path("tableName"));
        columnName = text(column.path("columnName"));
        columnType = text(column.path("columnType"));
      } else if (schema.isObject()) {
        catalog = text(schema.path("catalogName"));
        schemaName = text(schema.path("schemaName"));
        properties = schema.path("properties");
      } else if (node.path("function").isObject()) {
        JsonNode function = node.path("function");
        catalog = text(function.path("catalogName"));
        schemaName = text(function.path("schemaName"));
      }
      Set<String> columns = new LinkedHashSet<>();
      table.path("columns").forEach(c -> columns.add(c.asString()));
      Map<String, Optional<Object>> props = new HashMap<>();
      if (properties != null && properties.isObject()) {
        for (Map.Entry<String, JsonNode> entry : properties.properties()) {
          JsonNode value = entry.getValue();
          // an array (partitioning) or a map (extra_properties) as its JSON text
          props.put(entry.getKey(), value.isNull() ? Optional.empty()
              : Optional.of(value.isContainer() ? value.toString() : value.asString()));
        }
      }
      JsonNode user = node.path("user");
      return new Resource(
          user.isObject() ? text(user.path("user")) : null,
          catalog, schemaName, tableName, columnName, columnType, List.copyOf(columns), props);
    }

    private static @Nullable String text(JsonNode node) {
      return node.isString() ? node.asString() : null;
    }
  }
}
