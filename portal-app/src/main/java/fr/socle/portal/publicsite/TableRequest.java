package fr.socle.portal.publicsite;

import fr.socle.lakehouse.odsql.FieldType;
import fr.socle.lakehouse.odsql.OdsqlException;
import fr.socle.lakehouse.odsql.OdsqlQuery;
import fr.socle.portal.explore.PublishedDataset;
import fr.socle.portal.system.DateFormats;
import fr.socle.portal.system.PageRefusal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The interactive table of a dataset page as GET parameters: words searched in every text column ({@code q}), one
 * column equal to a value ({@code colonne}, {@code valeur}), a sort ({@code tri}, {@code ordre}) and a page. Column
 * names are checked against the dataset's fields before they reach ODSQL; texts typed by visitors reach it only as
 * quoted literals or refinement values, which the ODSQL translator binds.
 */
record TableRequest(@Nullable String text, PublishedDataset.@Nullable Field filterField, @Nullable String filterValue,
    PublishedDataset.@Nullable Field sortField, boolean descending, int page) {
  static final int PAGE_SIZE = 20;
  /** As the Explore API: a page of records never starts beyond 10,000. */
  static final int MAX_PAGE = 10_000 / PAGE_SIZE;

  static TableRequest of(PublishedDataset dataset, @Nullable String q, @Nullable String column,
      @Nullable String value, @Nullable String sort, @Nullable String order, @Nullable String page) {
    PublishedDataset.Field filter = blank(column) ? null : shown(dataset, column);
    PublishedDataset.Field sortField = blank(sort) ? null : shown(dataset, sort);
    boolean descending = switch (blank(order) ? "asc" : order.strip().toLowerCase(Locale.ROOT)) {
      case "asc" -> false;
      case "desc" -> true;
      default -> throw PageRefusal.invalid("site.error.order", order);
    };
    int number = SiteParams.page(page);
    if (number > MAX_PAGE) {
      throw PageRefusal.invalid("site.error.farPage", Integer.toString(MAX_PAGE));
    }
    return new TableRequest(blank(q) ? null : q.strip(), filter, filter == null || blank(value) ? null : value.strip(),
        sortField, descending, number);
  }

  /** The columns the table shows: every field but the geographic ones (the map shows those). */
  static List<PublishedDataset.Field> columns(PublishedDataset dataset) {
    return dataset.fields().stream()
        .filter(f -> f.type() != FieldType.GEO_POINT_2D && f.type() != FieldType.GEO_SHAPE).toList();
  }

  private static PublishedDataset.Field shown(PublishedDataset dataset, String name) {
    return columns(dataset).stream().filter(f -> f.name().equals(name.strip())).findFirst()
        .orElseThrow(() -> PageRefusal.invalid("site.error.column", name));
  }

  /** The ODSQL query of the page's rows. */
  OdsqlQuery query(PublishedDataset dataset) {
    try {
      OdsqlQuery query = OdsqlQuery.on(dataset.odsqlSchema()).timezone(DateFormats.ZONE)
          .select(String.join(", ", columns(dataset).stream().map(f -> "`" + f.name() + "`").toList()));
      if (text != null) {
        query.where(OdsqlQuery.literal(text));
      }
      if (filterField != null && filterValue != null) {
        query.refine(filterField.name() + ":" + filterValue);
      }
      if (sortField != null) {
        query.orderBy("`" + sortField.name() + "`" + (descending ? " desc" : " asc"));
      }
      query.plan();
      return query;
    } catch (OdsqlException e) {
      // mostly a value that does not fit its column (letters for a number): said in the reader's language, without
      // the query language's own (English) message
      throw filterField != null && filterValue != null
          ? PageRefusal.invalid("site.error.filterValue", filterValue, filterField.label())
          : PageRefusal.invalid("site.error.search");
    }
  }

  long offset() {
    return (long) (page - 1) * PAGE_SIZE;
  }

  /** A stable key of what the request selects, for the short cache of pages. */
  String key() {
    return text + "|" + (filterField == null ? "" : filterField.name()) + "|" + filterValue + "|"
        + (sortField == null ? "" : sortField.name()) + "|" + descending + "|" + page;
  }

  private static boolean blank(@Nullable String value) {
    return value == null || value.isBlank();
  }
}
