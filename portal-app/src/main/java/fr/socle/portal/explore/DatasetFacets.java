package fr.socle.portal.explore;

import fr.socle.lakehouse.odsql.FieldType;
import fr.socle.lakehouse.odsql.OdsqlQuery;
import fr.socle.lakehouse.query.PreparedSql;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * One statement for every facet of a dataset: per field, the most frequent values among the rows the filters
 * keep, as {@code (field index, value, count)}. Field columns come from the schema; filters are the planned ODSQL.
 * Dates are facets by level, as Opendatasoft's: years; once refined on a year, its months ({@code 2024/01}); on
 * a month, its days ({@code 2024/01/05}).
 */
final class DatasetFacets {
  /** Years of data, or the days of a month. */
  private static final int DATE_VALUES = 400;

  private DatasetFacets() {}

  static boolean facetable(PublishedDataset.Field field) {
    return field.type() == FieldType.TEXT || field.type() == FieldType.BOOLEAN || isDate(field);
  }

  static boolean isDate(PublishedDataset.Field field) {
    return field.type() == FieldType.DATE || field.type() == FieldType.DATETIME;
  }

  /**
   * Where a date facet is refined, from the deepest of its refinements, as far as a month: {@code 2024} →
   * {@code [2024]} (its months are listed), {@code 2024/1} or {@code 2024/01/05} → {@code [2024, 01]} (its days);
   * empty when it is not refined (or on something that is no year, month or day).
   */
  static List<String> refinedPath(String field, List<String> refinements) {
    List<String> deepest = List.of();
    for (String refinement : refinements) {
      if (refinement.startsWith(field + ":")) {
        List<String> path = datePath(refinement.substring(field.length() + 1));
        List<String> level = path.subList(0, Math.min(path.size(), 2));
        if (level.size() > deepest.size()) {
          deepest = List.copyOf(level);
        }
      }
    }
    return deepest;
  }

  /** {@code 2024/1/5}, {@code 2024-01-05} → {@code [2024, 01, 05]}; as far as it reads as a year, month, day. */
  static List<String> datePath(String value) {
    String[] parts = value.strip().replace('-', '/').split("/");
    List<String> path = new ArrayList<>();
    for (int i = 0; i < Math.min(parts.length, 3); i++) {
      if (!parts[i].matches(i == 0 ? "\\d{4}" : "\\d{1,2}")) {
        break;
      }
      path.add(i == 0 ? parts[i] : String.format("%02d", Integer.parseInt(parts[i])));
    }
    return path;
  }

  /** How many values a facet lists: the {@code top} most frequent, or every year, month or day of a date level. */
  static int values(PublishedDataset.Field field, int top) {
    return isDate(field) ? DATE_VALUES : top;
  }

  static PreparedSql sql(PublishedDataset dataset, List<PublishedDataset.Field> fields, OdsqlQuery filter, int top,
      List<String> refinements) {
    // the filtered rows, as the ODSQL query plans them, selecting the facet fields (a date at its level)
    String select = String.join(", ", fields.stream().map(f -> isDate(f)
        ? "date_format(`" + f.name() + "`, \"" + String.join("/", List.of("yyyy", "MM", "dd")
            .subList(0, refinedPath(f.name(), refinements).size() + 1)) + "\")"
        : "`" + f.name() + "`").toList());
    OdsqlQuery.Plan filtered = filter.select(select.isEmpty() ? null : select).defaultOrder(false).page(-1, 0).plan();
    List<String> parts = new ArrayList<>();
    List<@Nullable Object> parameters = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      // dates in their order (years, months, days), other values most frequent first
      String order = isDate(fields.get(i)) ? "2" : "3 DESC, 2";
      parts.add("(SELECT " + i + " AS facet, CAST(c" + i + " AS varchar) AS value, count(*) AS n FROM filtered "
          + "WHERE c" + i + " IS NOT NULL GROUP BY 2 ORDER BY " + order + " LIMIT " + values(fields.get(i), top)
          + ")");
    }
    parameters.addAll(filtered.sql().parameters());
    String sql = "WITH filtered AS (" + filtered.sql().sql() + ") " + String.join(" UNION ALL ", parts);
    return new PreparedSql(sql, parameters);
  }

  /** The full paths ({@code 2024/01/05}, {@code 2024/01}, {@code 2024}) a date facet is refined on. */
  private static java.util.Set<String> refinedDays(String field, List<String> refinements) {
    java.util.Set<String> paths = new java.util.HashSet<>();
    for (String refinement : refinements) {
      if (refinement.startsWith(field + ":")) {
        paths.add(String.join("/", datePath(refinement.substring(field.length() + 1))));
      }
    }
    return paths;
  }

  /** The facets of a date field, from its counted values ({@code (index, 2024/01/05, count)}), nested. */
  static void writeDateFacet(JsonGenerator json, String field, List<Object[]> values, List<String> refinements) {
    writeDateLevel(json, values, refinedPath(field, refinements), 0, refinedDays(field, refinements));
  }

  /**
   * A date facet as Opendatasoft nests it: the refined year (and month) hold the level below, whose values the
   * statement counted ({@code 2024/01/05}); elsewhere, the values themselves.
   */
  private static void writeDateLevel(JsonGenerator json, List<Object[]> values, List<String> path, int depth,
      java.util.Set<String> refined) {
    if (depth < path.size()) {
      String prefix = String.join("/", path.subList(0, depth + 1));
      long total = values.stream().mapToLong(v -> ((Number) v[2]).longValue()).sum();
      json.writeStartObject();
      json.writeName("name");
      json.writeString(path.get(depth));
      json.writeName("count");
      json.writeNumber(total);
      json.writeName("state");
      json.writeString("refined");
      json.writeName("value");
      json.writeString(prefix);
      json.writeName("facets");
      json.writeStartArray();
      writeDateLevel(json, values, path, depth + 1, refined);
      json.writeEndArray();
      json.writeEndObject();
      return;
    }
    for (Object[] value : values) {
      String text = String.valueOf(value[1]);
      json.writeStartObject();
      json.writeName("name");
      json.writeString(text.substring(text.lastIndexOf('/') + 1));
      json.writeName("count");
      json.writeNumber(((Number) value[2]).longValue());
      json.writeName("state");
      json.writeString(refined.contains(text) ? "refined" : "displayed");
      json.writeName("value");
      json.writeString(text);
      json.writeEndObject();
    }
  }

}
