package fr.socle.portal.explore;

import fr.socle.lakehouse.odsql.OdsqlQuery;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/** The query parameters the Explore API shares between records, facets and exports. */
final class ExploreParams {
  private final MultiValueMap<String, String> params;

  ExploreParams(MultiValueMap<String, String> params) {
    this.params = params;
  }

  @Nullable String first(String name) {
    String value = params.getFirst(name);
    return value == null || value.isBlank() ? null : value;
  }

  List<String> all(String name) {
    List<String> values = params.get(name);
    return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
  }

  /** {@code select}, {@code where} (repeatable), {@code group_by}, {@code order_by}, {@code refine}, {@code exclude}. */
  OdsqlQuery query(PublishedDataset dataset) {
    OdsqlQuery query = OdsqlQuery.on(dataset.odsqlSchema())
        .timezone(zone())
        .lang(language())
        .select(first("select"))
        .groupBy(first("group_by"))
        .orderBy(first("order_by"));
    all("where").forEach(query::where);
    all("q").forEach(query::where);
    all("refine").forEach(query::refine);
    all("exclude").forEach(query::exclude);
    return query;
  }

  /** Whether the rows or the columns asked for are a part of the dataset (a filter, a choice, a window). */
  boolean selects() {
    return java.util.stream.Stream.of("select", "where", "q", "refine", "exclude", "group_by")
        .anyMatch(name -> !all(name).isEmpty()) || integer("limit", -1) >= 0 || integer("offset", 0) > 0;
  }

  boolean grouped() {
    return first("group_by") != null;
  }

  long integer(String name, long fallback) {
    String value = first(name);
    if (value == null) {
      return fallback;
    }
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw ExploreException.invalidParameter("Invalid value for " + name + " API parameter: " + value
          + " was found but an integer is expected.");
    }
  }

  /** {@code offset + limit} within the window, as Opendatasoft words it; a huge offset does not wrap around. */
  static void checkWindow(long offset, long limit, long window) {
    if (offset > window - limit) {
      throw ExploreException.invalidParameter("Invalid value for sum of offset + limit API parameter: "
          + BigInteger.valueOf(offset).add(BigInteger.valueOf(limit)) + " was found but <= " + window
          + " is expected.");
    }
  }

  /** The part of an export asked for: {@code limit} rows (-1, the default, for all of them) from {@code offset}. */
  record ExportWindow(long limit, long offset) {
    long limitOrAll() {
      return limit == -1 ? Long.MAX_VALUE : limit;
    }
  }

  ExportWindow exportWindow() {
    long limit = integer("limit", -1);
    long offset = integer("offset", 0);
    if (limit < -1) {
      throw ExploreException.invalidParameter("Invalid value for limit API parameter: " + limit
          + " was found but limit >= -1 is expected.");
    }
    if (offset < 0) {
      throw ExploreException.invalidParameter("Invalid value for offset API parameter: " + offset
          + " was found but offset >= 0 is expected.");
    }
    return new ExportWindow(limit, offset);
  }

  boolean bool(String name, boolean fallback) {
    String value = first(name);
    if (value == null) {
      return fallback;
    }
    return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> throw ExploreException.invalidParameter("Invalid value for " + name + " API parameter: " + value
          + " was found but a boolean is expected.");
    };
  }

  /**
   * How a CSV export is written, as Opendatasoft's exports take it: {@code delimiter} (one character, {@code ;} by
   * default, {@code tab} or {@code \t} for a tab), {@code with_bom} (a UTF-8 byte order mark first, for spreadsheets;
   * on by default), {@code quote_all} (every text cell and header in quotes; numbers stay bare), {@code
   * list_separator} (between the values of a list, {@code ,} by default) and Socle's {@code escape_formulas}.
   */
  record CsvFormat(char delimiter, boolean bom, boolean quoteAll, String listSeparator, boolean neutralise) {}

  CsvFormat csv() {
    String list = params.getFirst("list_separator");
    if (list == null || list.isEmpty()) {
      list = ",";
    } else if (list.length() > 8 || list.contains("\"") || list.contains("\n") || list.contains("\r")) {
      throw ExploreException.invalidParameter("Invalid value for list_separator API parameter: " + list
          + " was found but at most 8 characters, without quotes or line breaks, are expected.");
    }
    return new CsvFormat(delimiter(), bool("with_bom", true), bool("quote_all", false), list,
        bool("escape_formulas", true));
  }

  private char delimiter() {
    String value = params.getFirst("delimiter");
    if (value == null || value.isEmpty()) {
      return ';';
    }
    String decoded = value.equals("\\t") || value.equalsIgnoreCase("tab") ? "\t" : value;
    if (decoded.length() != 1 || decoded.charAt(0) == '"' || decoded.charAt(0) == '\n' || decoded.charAt(0) == '\r') {
      throw ExploreException.invalidParameter("Invalid value for delimiter API parameter: " + value
          + " was found but one character (such as ; , | or a tab) is expected.");
    }
    return decoded.charAt(0);
  }

  /** {@code timezone}: date-times are shown in it, and ODSQL reads dates on its clock (UTC by default). */
  ZoneId zone() {
    String value = first("timezone");
    if (value == null) {
      return ZoneOffset.UTC;
    }
    try {
      return ZoneId.of(value.strip());
    } catch (DateTimeException e) {
      throw ExploreException.invalidParameter("Invalid value for timezone API parameter: " + value
          + " was found but a time zone such as Europe/Paris is expected.");
    }
  }

  /** ODS's {@code lang}: a two-letter language code, French when absent. */
  java.util.Locale language() {
    String value = first("lang");
    if (value == null) {
      return java.util.Locale.FRENCH;
    }
    String code = value.strip().toLowerCase(java.util.Locale.ROOT);
    if (!code.matches("[a-z]{2}")) {
      throw ExploreException.invalidParameter("Invalid value for lang API parameter: " + value
          + " was found but a two-letter language code such as fr or en is expected.");
    }
    return java.util.Locale.of(code);
  }

  /** The parameters that shape a result, in a stable order: a cache key, API keys left out. */
  String canonical() {
    StringBuilder key = new StringBuilder();
    params.keySet().stream().sorted().filter(k -> !k.equalsIgnoreCase("apikey")).forEach(k -> {
      for (String value : params.get(k)) {
        key.append(k).append('=').append(value).append('&');
      }
    });
    return key.toString();
  }
}
