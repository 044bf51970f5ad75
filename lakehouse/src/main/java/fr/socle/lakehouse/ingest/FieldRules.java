package fr.socle.lakehouse.ingest;

import fr.socle.lakehouse.schema.TableSchema;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The constraints of one TableSchema field, checked on a cell's text: format, pattern, enum, lengths, bounds,
 * uniqueness. Reasons are short messages, the same for every row, so they can be counted.
 */
final class FieldRules {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern URI = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:\\S+");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern FRENCH_DATE = Pattern.compile("\\d{2}/\\d{2}/\\d{4}");

  private final TableSchema.Field field;
  private final @Nullable Pattern pattern;
  private final Set<String> enumValues;
  private final Set<String> trueValues;
  private final Set<String> falseValues;
  private final @Nullable Map<String, Long> seen;
  private final @Nullable Pattern dateShape;
  private final @Nullable Message dateShapeReason;

  FieldRules(TableSchema.Field field) {
    this.field = field;
    TableSchema.Constraints c = field.constraints();
    this.pattern = c.pattern() == null ? null : Pattern.compile(c.pattern());
    this.enumValues = Set.copyOf(c.enumValues());
    this.trueValues = Set.copyOf(field.trueValues());
    this.falseValues = Set.copyOf(field.falseValues());
    this.seen = c.unique() ? new HashMap<>() : null;
    String format = field.format();
    if (field.type().equals("date") && (format == null || format.equals("default") || format.equals("%Y-%m-%d"))) {
      dateShape = ISO_DATE;
      dateShapeReason = Message.of("row.expected.isoDate");
    } else if (field.type().equals("date") && "%d/%m/%Y".equals(format)) {
      dateShape = FRENCH_DATE;
      dateShapeReason = Message.of("row.expected.frenchDate");
    } else {
      dateShape = null;
      dateShapeReason = null;
    }
  }

  /** The column type a schema type is stored as. */
  static ColumnType columnType(TableSchema.Field field) {
    return switch (field.type().toLowerCase(Locale.ROOT)) {
      case "integer", "year" -> ColumnType.LONG;
      case "number" -> ColumnType.DOUBLE;
      case "boolean" -> ColumnType.BOOLEAN;
      case "date" -> ColumnType.DATE;
      case "datetime" -> ColumnType.TIMESTAMP;
      default -> ColumnType.STRING;
    };
  }

  /** True when the field reads booleans from its own word lists rather than oui/non/vrai/faux/true/false. */
  boolean hasBooleanWords() {
    return !trueValues.isEmpty() || !falseValues.isEmpty();
  }

  /** 1 for true, 0 for false, -1 when the text is neither of the field's words. */
  int booleanValue(String text) {
    if (trueValues.contains(text)) {
      return 1;
    }
    if (falseValues.contains(text)) {
      return 0;
    }
    return -1;
  }

  Message booleanReason() {
    return Message.of("row.expected.booleanWords", String.join(", ", field.trueValues()),
        String.join(", ", field.falseValues()));
  }

  /** The first constraint the text breaks, checked before its conversion, or null. */
  @Nullable Message check(String text, long line) {
    TableSchema.Constraints c = field.constraints();
    if (dateShape != null && dateShapeReason != null && !dateShape.matcher(text).matches()) {
      return dateShapeReason;
    }
    String format = field.format();
    if (field.type().equals("string") && format != null) {
      if (format.equals("email") && !EMAIL.matcher(text).matches()) {
        return Message.of("row.expected.email");
      }
      if (format.equals("uri") && !URI.matcher(text).matches()) {
        return Message.of("row.expected.uri");
      }
    }
    if (!enumValues.isEmpty() && !enumValues.contains(text)) {
      return Message.of("row.notInList", c.enumValues().stream().collect(Collectors.joining(", ")));
    }
    if (pattern != null && !pattern.matcher(text).matches()) {
      return Message.of("row.pattern", c.pattern());
    }
    if (c.minLength() != null || c.maxLength() != null) {
      int length = text.codePointCount(0, text.length());
      if (c.minLength() != null && length < c.minLength()) {
        return Message.of("row.tooShort", c.minLength());
      }
      if (c.maxLength() != null && length > c.maxLength()) {
        return Message.of("row.tooLong", c.maxLength());
      }
    }
    if (seen != null) {
      Long first = seen.putIfAbsent(text, line);
      if (first != null) {
        return Message.of("row.duplicate", first);
      }
    }
    return null;
  }

  /** The bound a number breaks, checked after its conversion, or null. */
  @Nullable Message checkBounds(double value) {
    TableSchema.Constraints c = field.constraints();
    if (c.minimum() != null && BigDecimal.valueOf(value).compareTo(c.minimum()) < 0) {
      return Message.of("row.belowMinimum", c.minimum().toPlainString());
    }
    if (c.maximum() != null && BigDecimal.valueOf(value).compareTo(c.maximum()) > 0) {
      return Message.of("row.aboveMaximum", c.maximum().toPlainString());
    }
    return null;
  }

  boolean hasBounds() {
    return field.constraints().minimum() != null || field.constraints().maximum() != null;
  }

  boolean needsText() {
    TableSchema.Constraints c = field.constraints();
    return dateShape != null || pattern != null || !enumValues.isEmpty() || c.minLength() != null
        || c.maxLength() != null || seen != null || field.format() != null;
  }

  static Set<String> missingValues(@Nullable TableSchema schema) {
    return schema == null ? Set.of("") : new HashSet<>(schema.missingValues());
  }

  static List<String> names(List<TableSchema.Field> fields) {
    return fields.stream().map(TableSchema.Field::name).toList();
  }
}
