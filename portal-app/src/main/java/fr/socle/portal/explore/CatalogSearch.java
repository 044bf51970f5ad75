package fr.socle.portal.explore;

import fr.socle.lakehouse.odsql.Expr;
import fr.socle.lakehouse.odsql.OdsqlException;
import fr.socle.lakehouse.odsql.OdsqlParser;
import fr.socle.lakehouse.odsql.OrderItem;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * ODSQL over the catalogue's metadata, evaluated in memory (a catalogue holds hundreds of datasets, not millions):
 * full text, comparisons on {@code dataset_id, title, theme, keyword, publisher, license, records_count, features},
 * {@code and/or/not}; refinements on the same names.
 */
public final class CatalogSearch {
  private static final java.time.format.DateTimeFormatter DAY_PATH =
      java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(java.time.ZoneOffset.UTC);

  private CatalogSearch() {}

  static List<PublishedDataset> filter(List<PublishedDataset> all, ExploreParams params) {
    if (params.first("group_by") != null) {
      // refused rather than ignored: a reuse counting datasets per theme would get the datasets themselves
      throw OdsqlException.semantic("group_by does not apply to the catalogue here: its counts per theme, keyword,"
          + " publisher... are in /catalog/facets").in("group_by");
    }
    Predicate<PublishedDataset> keep = d -> true;
    for (String where : params.all("where")) {
      Predicate<PublishedDataset> condition = condition(parse(where));
      keep = keep.and(condition);
    }
    for (String refine : params.all("refine")) {
      keep = keep.and(refinement(refine, "refine"));
    }
    for (String exclude : params.all("exclude")) {
      keep = keep.and(refinement(exclude, "exclude").negate());
    }
    List<PublishedDataset> kept = new ArrayList<>(all.stream().filter(keep).toList());
    String orderBy = params.first("order_by");
    if (orderBy != null) {
      kept.sort(order(OdsqlParser.orderBy(orderBy)));
    }
    return kept;
  }

  private static Expr parse(String where) {
    return OdsqlParser.where(where);
  }

  private static Predicate<PublishedDataset> refinement(String raw, String clause) {
    int colon = raw.indexOf(':');
    if (colon <= 0) {
      throw OdsqlException.semantic("A refinement is written facet:value, got \"" + raw + "\"").in(clause);
    }
    String name = raw.substring(0, colon).strip();
    String value = unquote(raw.substring(colon + 1).strip());
    checkName(name, clause);
    if (name.equals("modified")) {
      // a year, a month or a day, as Opendatasoft's date facets write them (2020, 2020/11, 2020/11/05)
      List<String> path = DatasetFacets.datePath(value);
      if (path.isEmpty()) {
        throw OdsqlException.semantic("modified is refined on a year, a month or a day, as 2020/11").in(clause);
      }
      String prefix = String.join("/", path);
      return d -> d.metadata().modified() != null && (modifiedPath(d) + "/").startsWith(prefix + "/");
    }
    return d -> values(d, name).stream().anyMatch(v -> v.equalsIgnoreCase(value));
  }

  private static Predicate<PublishedDataset> condition(Expr expr) {
    try {
      return switch (expr) {
        case Expr.Text text -> d -> matches(d, text.value());
        case Expr.Call call when call.name().equals("search") && !call.arguments().isEmpty()
            && call.arguments().getLast() instanceof Expr.Text text -> d -> matches(d, text.value());
        case Expr.Logical logical -> {
          List<Predicate<PublishedDataset>> parts = logical.operands().stream().map(CatalogSearch::condition).toList();
          yield logical.all() ? d -> parts.stream().allMatch(p -> p.test(d))
              : d -> parts.stream().anyMatch(p -> p.test(d));
        }
        case Expr.Not not -> condition(not.operand()).negate();
        case Expr.Compare compare when compare.left() instanceof Expr.FieldRef ref -> compare(ref.name(),
            compare.operator(), compare.right());
        case Expr.In in when in.operand() instanceof Expr.FieldRef ref -> {
          List<Predicate<PublishedDataset>> any = in.values().stream()
              .map(v -> compare(ref.name(), "=", v)).toList();
          yield d -> any.stream().anyMatch(p -> p.test(d));
        }
        default -> throw OdsqlException.semantic("This expression is not supported on the catalogue");
      };
    } catch (OdsqlException e) {
      throw e.in("where");
    }
  }

  private static Predicate<PublishedDataset> compare(String name, String operator, Expr value) {
    checkName(name, "where");
    if (name.equals("modified")) {
      return modifiedCompared(operator, value);
    }
    if (name.equals("records_count")) {
      if (!(value instanceof Expr.Number number)) {
        throw OdsqlException.semantic("records_count is compared with a number");
      }
      BigDecimal wanted = number.value();
      return d -> {
        int c = BigDecimal.valueOf(d.metadata().recordsCount()).compareTo(wanted);
        return switch (operator) {
          case "=" -> c == 0;
          case "!=" -> c != 0;
          case "<" -> c < 0;
          case "<=" -> c <= 0;
          case ">" -> c > 0;
          default -> c >= 0;
        };
      };
    }
    if (!(value instanceof Expr.Text text)) {
      throw OdsqlException.semantic(name + " is compared with a string");
    }
    return switch (operator) {
      case "=" -> d -> values(d, name).stream().anyMatch(v -> v.equalsIgnoreCase(text.value()));
      case "!=" -> d -> values(d, name).stream().noneMatch(v -> v.equalsIgnoreCase(text.value()));
      default -> throw OdsqlException.semantic("Only = and != apply to " + name);
    };
  }

  /**
   * {@code modified} against a date ({@code date'2024-01-15'}, {@code "2024"}): a date written to the year, month
   * or day stands for that whole period ({@code modified > "2024"} is after 2024, {@code = "2024"} during it).
   */
  private static Predicate<PublishedDataset> modifiedCompared(String operator, Expr value) {
    String text = switch (value) {
      case Expr.DateLiteral date -> date.text();
      case Expr.Text plain -> plain.value();
      default -> throw OdsqlException.semantic("modified is compared with a date, as date'2024-01-15'");
    };
    java.time.Instant start;
    java.time.Instant end;
    List<String> path = DatasetFacets.datePath(text);
    try {
      if (text.strip().length() > 10) {
        start = java.time.OffsetDateTime.parse(text.strip()).toInstant();
        end = start;
      } else if (path.isEmpty()) {
        throw OdsqlException.semantic("Invalid date for modified: " + text);
      } else {
        java.time.LocalDate first = java.time.LocalDate.of(Integer.parseInt(path.get(0)),
            path.size() > 1 ? Integer.parseInt(path.get(1)) : 1, path.size() > 2 ? Integer.parseInt(path.get(2)) : 1);
        java.time.LocalDate after = switch (path.size()) {
          case 1 -> first.plusYears(1);
          case 2 -> first.plusMonths(1);
          default -> first.plusDays(1);
        };
        start = first.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        end = after.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
      }
    } catch (java.time.DateTimeException e) {
      throw OdsqlException.semantic("Invalid date for modified: " + text);
    }
    java.time.Instant from = start;
    java.time.Instant until = end.equals(start) ? start.plusNanos(1) : end;
    Predicate<java.time.Instant> test = switch (operator) {
      case "=" -> m -> !m.isBefore(from) && m.isBefore(until);
      case "!=" -> m -> m.isBefore(from) || !m.isBefore(until);
      case "<" -> m -> m.isBefore(from);
      case "<=" -> m -> m.isBefore(until);
      case ">" -> m -> !m.isBefore(until);
      default -> m -> !m.isBefore(from);
    };
    return d -> d.metadata().modified() != null && test.test(d.metadata().modified());
  }

  /** {@code 2024/01/15}: the day a dataset was last modified (UTC), as date facets write it. */
  static String modifiedPath(PublishedDataset d) {
    java.time.Instant modified = d.metadata().modified();
    return modified == null ? "" : DAY_PATH.format(modified);
  }

  private static void checkName(String name, String clause) {
    if (!List.of("dataset_id", "title", "description", "theme", "keyword", "publisher", "license", "features",
        "records_count", "schema", "format", "modified").contains(name)) {
      throw OdsqlException.semantic("Unknown field: " + name).in(clause);
    }
  }

  public static List<String> values(PublishedDataset d, String name) {
    PublishedDataset.Metadata m = d.metadata();
    return switch (name) {
      case "dataset_id" -> List.of(d.datasetId());
      case "title" -> List.of(m.title());
      case "description" -> List.of(m.description());
      case "theme" -> m.theme() == null ? List.of() : List.of(m.theme());
      case "keyword" -> m.keywords();
      case "publisher" -> List.of(m.publisher());
      case "license" -> List.of(m.licenceLabel(), m.licence());
      case "features" -> DatasetJson.features(d);
      case "schema" -> m.scdlSchema() == null ? List.of() : List.of(m.scdlSchema());
      case "format" -> PublishedDatasets.EXPORT_FORMATS;
      case "records_count" -> List.of(Long.toString(m.recordsCount()));
      default -> List.of();
    };
  }

  /** Every word of the text (accents and case aside) is in the dataset's id, title, description, keywords... */
  public static boolean matches(PublishedDataset d, String text) {
    String haystack = fold(String.join(" ", d.datasetId(), d.metadata().title(), d.metadata().description(),
        String.join(" ", d.metadata().keywords()), String.valueOf(d.metadata().theme()), d.metadata().publisher()));
    for (String word : fold(text).split("\\s+")) {
      if (!word.isEmpty() && !haystack.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /** Lower case without accents: how texts are compared. */
  public static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }

  private static Comparator<PublishedDataset> order(List<OrderItem> items) {
    Comparator<PublishedDataset> order = null;
    for (OrderItem item : items) {
      if (!(item.expression() instanceof Expr.FieldRef ref)) {
        throw OdsqlException.semantic("The catalogue is sorted by field names only").in("order_by");
      }
      Comparator<PublishedDataset> one = switch (ref.name()) {
        case "records_count" -> Comparator.comparingLong(d -> d.metadata().recordsCount());
        case "modified" -> Comparator.comparing(d -> d.metadata().modified(),
            Comparator.nullsFirst(Comparator.naturalOrder()));
        case "title" -> Comparator.comparing(d -> fold(d.metadata().title()));
        case "dataset_id" -> Comparator.comparing(PublishedDataset::datasetId);
        case "publisher" -> Comparator.comparing(d -> fold(d.metadata().publisher()));
        default -> throw OdsqlException.semantic("Unknown field: " + ref.name()).in("order_by");
      };
      if (item.descending()) {
        one = one.reversed();
      }
      order = order == null ? one : order.thenComparing(one);
    }
    return order == null ? Comparator.comparing(PublishedDataset::datasetId) : order;
  }

  private static String unquote(String value) {
    if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
        || value.startsWith("'") && value.endsWith("'"))) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }

}
