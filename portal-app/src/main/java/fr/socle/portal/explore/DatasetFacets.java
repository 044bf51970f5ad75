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
 */
final class DatasetFacets {
  private DatasetFacets() {}

  static boolean facetable(PublishedDataset.Field field) {
    return field.type() == FieldType.TEXT || field.type() == FieldType.BOOLEAN;
  }

  static PreparedSql sql(PublishedDataset dataset, List<PublishedDataset.Field> fields, OdsqlQuery filter, int top) {
    // the filtered rows, as the ODSQL query plans them, selecting the facet fields
    String select = String.join(", ", fields.stream().map(f -> "`" + f.name() + "`").toList());
    OdsqlQuery.Plan filtered = filter.select(select.isEmpty() ? null : select).defaultOrder(false).page(-1, 0).plan();
    List<String> parts = new ArrayList<>();
    List<@Nullable Object> parameters = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      parts.add("(SELECT " + i + " AS facet, CAST(c" + i + " AS varchar) AS value, count(*) AS n FROM filtered "
          + "WHERE c" + i + " IS NOT NULL GROUP BY 2 ORDER BY 3 DESC, 2 LIMIT " + top + ")");
    }
    parameters.addAll(filtered.sql().parameters());
    String sql = "WITH filtered AS (" + filtered.sql().sql() + ") " + String.join(" UNION ALL ", parts);
    return new PreparedSql(sql, parameters);
  }
}
