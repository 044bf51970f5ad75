package fr.socle.portal.explore;

import fr.socle.lakehouse.odsql.FieldType;
import fr.socle.lakehouse.odsql.OdsqlQuery;
import fr.socle.lakehouse.query.PreparedSql;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One statement for every facet of a dataset: per field, the most frequent values among the rows the filters
 * keep, as {@code (field index, value, count)}. Field columns come from the schema; filters are the planned ODSQL.
 * Dates are facets by level, as Opendatasoft's: years; once refined on a year, its months ({@code 2024/01}); on
 * a month, its days ({@code 2024/01/05}).
 */
final class DatasetFacets {
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
          + "WHERE c" + i + " IS NOT NULL GROUP BY 2 ORDER BY " + order + " LIMIT " + (isDate(fields.get(i))
          ? 400 : top) + ")");
    }
    parameters.addAll(filtered.sql().parameters());
    String sql = "WITH filtered AS (" + filtered.sql().sql() + ") " + String.join(" UNION ALL ", parts);
    return new PreparedSql(sql, parameters);
  }
}
