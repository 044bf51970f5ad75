package fr.socle.portal.publicsite;

import fr.socle.lakehouse.odsql.FieldType;
import fr.socle.lakehouse.odsql.OdsqlException;
import fr.socle.lakehouse.odsql.OdsqlQuery;
import fr.socle.policies.occultation.Measure;
import fr.socle.portal.explore.PublishedDataset;
import fr.socle.portal.system.DateFormats;
import fr.socle.portal.system.PageRefusal;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The chart builder's choices: a kind (bars, line, pie), the column whose values are the categories, and the
 * measure (rows counted, or the sum or mean of a numeric column). Planned as one grouped ODSQL query from checked
 * field names only. Dates are grouped by month.
 */
record ChartRequest(Kind kind, PublishedDataset.Field by, Aggregate aggregate, PublishedDataset.@Nullable Field of) {
  /** The most categories a bar chart or pie shows (the largest), and the most points of a line. */
  static final int MAX_BARS = 20;
  static final int MAX_SLICES = 8;
  static final int MAX_POINTS = 120;
  /** The most groups a pie adds up (beyond them, the others are left out and the caption says so). */
  static final int PIE_GROUPS = 2_000;

  enum Kind {
    BARS("barres"),
    LINE("lignes"),
    PIE("secteurs");

    final String code;

    Kind(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  enum Aggregate {
    COUNT("nombre"),
    SUM("somme"),
    AVG("moyenne");

    final String code;

    Aggregate(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  /** Columns whose values can be categories. */
  static List<PublishedDataset.Field> groupable(PublishedDataset dataset) {
    return TableRequest.columns(dataset).stream().filter(f -> f.type() != FieldType.DOUBLE).toList();
  }

  static List<PublishedDataset.Field> numeric(PublishedDataset dataset) {
    return TableRequest.columns(dataset).stream()
        .filter(f -> f.type() == FieldType.INT || f.type() == FieldType.DOUBLE).toList();
  }

  /**
   * The columns a chart may group by when the reader has not chosen, in the order they are tried: text, then
   * yes/no, then dates (by month), integers last (often counts themselves); never the column the chart adds up.
   */
  static List<PublishedDataset.Field> candidates(PublishedDataset dataset, PublishedDataset.@Nullable Field measured) {
    List<FieldType> order = List.of(FieldType.TEXT, FieldType.BOOLEAN, FieldType.DATE, FieldType.DATETIME);
    return groupable(dataset).stream().filter(f -> !f.equals(measured)).sorted(Comparator.comparingInt(f -> {
      int at = order.indexOf(f.type());
      return at < 0 ? order.size() : at;
    })).toList();
  }

  /**
   * The count column of an aggregate Socle published ({@code nombre}, the records in each cell: see
   * {@link Measure#count()}), null for any other dataset.
   */
  static PublishedDataset.@Nullable Field cellCount(PublishedDataset dataset) {
    String name = Measure.count().output();
    return numeric(dataset).stream().filter(f -> f.name().equals(name) && f.type() == FieldType.INT).findFirst()
        .orElse(null);
  }

  /** The same chart, adding up {@code field} instead. */
  ChartRequest summing(PublishedDataset.Field field) {
    return new ChartRequest(kind, by, Aggregate.SUM, field);
  }

  /** The same chart, grouped by {@code field}. */
  ChartRequest groupedBy(PublishedDataset.Field field) {
    return new ChartRequest(kind, field, aggregate, of);
  }

  /**
   * The request's choices, or sensible defaults (the first of the {@link #candidates}, counted, as bars; the page
   * then tries the next candidates while the chart tells nothing, see {@code DefaultChartColumn}). A pie of means
   * becomes bars.
   */
  static @Nullable ChartRequest of(PublishedDataset dataset, @Nullable String kind, @Nullable String by,
      @Nullable String aggregate, @Nullable String of) {
    Kind chosenKind = code(Kind.values(), kind, Kind.BARS, "type de graphique");
    Aggregate chosenAggregate = code(Aggregate.values(), aggregate, Aggregate.COUNT, "mesure");
    PublishedDataset.Field ofField = null;
    PublishedDataset.@Nullable Field cellCount = cellCount(dataset);
    if ((aggregate == null || aggregate.isBlank()) && cellCount != null) {
      // a published aggregate: each row is a cell of records; its chart adds up the records, not the cells
      chosenAggregate = Aggregate.SUM;
      ofField = cellCount;
    } else if (chosenAggregate != Aggregate.COUNT) {
      List<PublishedDataset.Field> numeric = numeric(dataset);
      if (of == null || of.isBlank()) {
        ofField = numeric.stream().findFirst().orElseThrow(
            () -> PageRefusal.invalid("site.error.noNumber"));
      } else {
        ofField = numeric.stream().filter(f -> f.name().equals(of.strip())).findFirst().orElseThrow(
            () -> PageRefusal.invalid("site.error.numberColumn", of));
      }
    }
    List<PublishedDataset.Field> groupable = groupable(dataset);
    PublishedDataset.Field byField;
    if (by == null || by.isBlank()) {
      List<PublishedDataset.Field> candidates = candidates(dataset, ofField);
      if (candidates.isEmpty()) {
        return null;
      }
      byField = candidates.getFirst();
    } else {
      byField = groupable.stream().filter(f -> f.name().equals(by.strip())).findFirst().orElseThrow(
          () -> PageRefusal.invalid("site.error.groupColumn", by));
    }
    if (chosenKind == Kind.PIE && chosenAggregate == Aggregate.AVG) {
      // a pie shows the parts of a whole, and means are not parts of anything: they are shown as bars
      chosenKind = Kind.BARS;
    }
    return new ChartRequest(chosenKind, byField, chosenAggregate, ofField);
  }

  private static <E extends Enum<E>> E code(E[] values, @Nullable String code, E fallback, String what) {
    if (code == null || code.isBlank()) {
      return fallback;
    }
    for (E value : values) {
      String valueCode = value instanceof Kind k ? k.code : ((Aggregate) value).code;
      if (valueCode.equals(code.strip())) {
        return value;
      }
    }
    throw new IllegalArgumentException(what + " inconnu(e) : « " + code + " »");
  }

  /** {@code select category, measure group by category}, ordered for the kind of chart. */
  OdsqlQuery query(PublishedDataset dataset) {
    String category = by.type() == FieldType.DATE || by.type() == FieldType.DATETIME
        ? "date_format(`" + by.name() + "`, \"yyyy-MM\")" : "`" + by.name() + "`";
    try {
      OdsqlQuery query = OdsqlQuery.on(dataset.odsqlSchema()).timezone(DateFormats.ZONE)
          .select(category + " as categorie, " + measure() + " as valeur").groupBy(category)
          .orderBy(kind == Kind.LINE ? "categorie asc" : "valeur desc");
      query.plan();
      return query;
    } catch (OdsqlException e) {
      throw PageRefusal.invalid("site.error.search");
    }
  }

  /** The measure over every row, ungrouped: the whole a pie's shares are parts of. */
  OdsqlQuery wholeQuery(PublishedDataset dataset) {
    return OdsqlQuery.on(dataset.odsqlSchema()).timezone(DateFormats.ZONE).select(measure() + " as valeur");
  }

  private String measure() {
    return switch (aggregate) {
      case COUNT -> "count(*)";
      case SUM -> "sum(`" + of.name() + "`)";
      case AVG -> "avg(`" + of.name() + "`)";
    };
  }

  /**
   * The most groups read for the chart: one more than it shows, to tell when some are left out; a pie of counts or
   * sums reads up to {@link #PIE_GROUPS} of them, so that those it leaves out are added up in one « others » slice
   * and every share is a share of the whole.
   */
  int groupsRead() {
    return gathersOthers() ? PIE_GROUPS : limit() + 1;
  }

  /** Whether the groups a chart leaves out make one more slice: a pie of parts of a whole (counts, sums). */
  boolean gathersOthers() {
    return kind == Kind.PIE && aggregate != Aggregate.AVG;
  }

  int limit() {
    return switch (kind) {
      case BARS -> MAX_BARS;
      case PIE -> MAX_SLICES;
      case LINE -> MAX_POINTS;
    };
  }

  String key() {
    return kind.code + "|" + by.name() + "|" + aggregate.code + "|" + (of == null ? "" : of.name());
  }
}
