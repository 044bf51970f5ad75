package fr.socle.portal.explore;

import fr.socle.lakehouse.odsql.OdsqlException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code select} of the catalogue, as Opendatasoft's v2.1 reads it there: which parts of each dataset's
 * description to return, by name or path ({@code dataset_id}, {@code metas.default.title}, {@code fields.name}),
 * {@code *} for all, and {@code exclude(…)} to leave parts out. Reuses lighten the catalogue they page through with it
 * ({@code select=exclude(fields),exclude(attachments)}); the kept parts stay where they are in the description.
 * Aggregates and expressions do not apply to a catalogue: they are refused, never ignored.
 */
final class CatalogSelect {
  /** The parts of a dataset's description ({@link DatasetJson}) a path may start with. */
  private static final Set<String> PARTS = Set.of("_links", "visibility", "dataset_id", "dataset_uid", "has_records",
      "data_visible", "features", "attachments", "alternative_exports", "fields", "metas");
  private static final Pattern PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*");
  private static final Pattern CALL = Pattern.compile("(include|exclude)\\s*\\((.*)\\)",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  /** The paths kept, or null for everything. */
  private final @Nullable List<List<String>> included;
  private final List<List<String>> excluded;

  private CatalogSelect(@Nullable List<List<String>> included, List<List<String>> excluded) {
    this.included = included;
    this.excluded = excluded;
  }

  /** The selection written in {@code text}; null when it keeps everything (absent, blank or {@code *}). */
  static @Nullable CatalogSelect parse(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    boolean all = false;
    List<List<String>> included = new ArrayList<>();
    List<List<String>> excluded = new ArrayList<>();
    for (String item : items(text)) {
      Matcher call = CALL.matcher(item);
      if (item.equals("*")) {
        all = true;
      } else if (call.matches() && call.group(1).equalsIgnoreCase("exclude")) {
        excluded.add(path(call.group(2)));
      } else {
        included.add(path(call.matches() ? call.group(2) : item));
      }
    }
    if (excluded.isEmpty() && (all || included.isEmpty())) {
      return null;
    }
    return new CatalogSelect(all || included.isEmpty() ? null : List.copyOf(included), List.copyOf(excluded));
  }

  /** The items of the clause, split at its commas outside parentheses. */
  private static List<String> items(String text) {
    List<String> items = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        items.add(text.substring(start, i).strip());
        start = i + 1;
      }
    }
    items.add(text.substring(start).strip());
    return items;
  }

  private static List<String> path(String written) {
    String path = written.strip().replace("`", "");
    if (!PATH.matcher(path).matches()) {
      throw OdsqlException.semantic("Only field names, * and exclude() are supported in the catalogue's select, got \""
          + written.strip() + "\"").in("select");
    }
    List<String> segments = List.of(path.split("\\."));
    if (!PARTS.contains(segments.getFirst())) {
      throw OdsqlException.semantic("Unknown field: " + path + " (a dataset's description holds "
          + String.join(", ", new TreeSet<>(PARTS)) + "; its title is metas.default.title)").in("select");
    }
    return segments;
  }

  /** What the selection keeps of a dataset's description. */
  ObjectNode apply(ObjectNode dataset) {
    ObjectNode kept;
    if (included == null) {
      kept = dataset.deepCopy();
    } else {
      kept = JsonNodeFactory.instance.objectNode();
      for (List<String> path : included) {
        copy(dataset, kept, path, 0);
      }
    }
    for (List<String> path : excluded) {
      remove(kept, path, 0);
    }
    return kept;
  }

  /**
   * Whether the part of a description at {@code path} is kept: it lies under a selected path (or everything is), and
   * under no excluded one. The flat exports (CSV) keep their columns by it.
   */
  boolean keeps(List<String> path) {
    return (included == null || included.stream().anyMatch(selected -> startsWith(path, selected)))
        && excluded.stream().noneMatch(left -> startsWith(path, left));
  }

  private static boolean startsWith(List<String> path, List<String> prefix) {
    return prefix.size() <= path.size() && path.subList(0, prefix.size()).equals(prefix);
  }

  /** Copies what {@code path} reaches in {@code from} to the same place in {@code to}, through objects and arrays. */
  private static void copy(JsonNode from, JsonNode to, List<String> path, int at) {
    if (from instanceof ArrayNode elements && to instanceof ArrayNode copies) {
      for (int i = 0; i < elements.size(); i++) {
        JsonNode element = elements.get(i);
        if (copies.size() <= i) {
          copies.add(element.isObject() ? JsonNodeFactory.instance.objectNode() : element.deepCopy());
        }
        copy(element, copies.get(i), path, at);
      }
      return;
    }
    if (!(from instanceof ObjectNode source) || !(to instanceof ObjectNode target)) {
      return;
    }
    String name = path.get(at);
    JsonNode value = source.get(name);
    if (value == null) {
      return;
    }
    if (at == path.size() - 1 || !value.isContainer()) {
      target.set(name, value.deepCopy());
      return;
    }
    JsonNode existing = target.get(name);
    if (existing == null || existing.isObject() != value.isObject()) {
      existing = value.isObject() ? JsonNodeFactory.instance.objectNode() : JsonNodeFactory.instance.arrayNode();
      target.set(name, existing);
    }
    copy(value, existing, path, at + 1);
  }

  private static void remove(JsonNode node, List<String> path, int at) {
    if (node instanceof ArrayNode elements) {
      elements.forEach(element -> remove(element, path, at));
    } else if (node instanceof ObjectNode object) {
      if (at == path.size() - 1) {
        object.remove(path.get(at));
      } else {
        JsonNode child = object.get(path.get(at));
        if (child != null) {
          remove(child, path, at + 1);
        }
      }
    }
  }
}
