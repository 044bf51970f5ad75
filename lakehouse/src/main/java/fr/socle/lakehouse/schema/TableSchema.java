package fr.socle.lakehouse.schema;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A TableSchema (frictionless data): the fields a tabular file must have, their types, formats and constraints, and
 * the texts that mean "no value". Only what validation and documentation use is kept.
 *
 * @param name the schema's short name (e.g. {@code subventions}), if any
 * @param title its title, if any
 * @param version its version, if any
 * @param fields the fields, in order
 * @param missingValues the cell texts read as null ({@code [""]} by default)
 */
public record TableSchema(
    @Nullable String name, @Nullable String title, @Nullable String version, List<Field> fields,
    List<String> missingValues) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  public TableSchema {
    fields = List.copyOf(fields);
    missingValues = List.copyOf(missingValues);
  }

  public static TableSchema parse(String json) {
    try {
      return fromTree(JSON.readTree(json));
    } catch (JacksonException e) {
      throw new IllegalArgumentException("schéma TableSchema illisible : " + e.getOriginalMessage(), e);
    }
  }

  public static TableSchema parse(InputStream json) {
    try {
      return fromTree(JSON.readTree(json));
    } catch (JacksonException e) {
      throw new IllegalArgumentException("schéma TableSchema illisible : " + e.getOriginalMessage(), e);
    }
  }

  public Optional<Field> field(String fieldName) {
    return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
  }

  private static TableSchema fromTree(JsonNode root) {
    if (!root.isObject() || !root.path("fields").isArray()) {
      throw new IllegalArgumentException("schéma TableSchema illisible : la liste « fields » manque");
    }
    List<Field> fields = new ArrayList<>();
    for (JsonNode node : root.path("fields").values()) {
      fields.add(Field.fromTree(node));
    }
    List<String> missing = root.has("missingValues") ? strings(root.path("missingValues")) : List.of("");
    return new TableSchema(text(root, "name"), text(root, "title"), text(root, "version"), fields, missing);
  }

  private static @Nullable String text(JsonNode node, String property) {
    JsonNode value = node.path(property);
    return value.isString() || value.isNumber() || value.isBoolean() ? value.asString() : null;
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    for (JsonNode value : array.values()) {
      values.add(value.asString());
    }
    return values;
  }

  /**
   * One field.
   *
   * @param type the TableSchema type: string, number, integer, boolean, date, datetime, time, year, yearmonth,
   *     duration, geopoint, geojson, object, array, any
   * @param format e.g. {@code email}, {@code uri}, {@code %Y-%m-%d}; null for the default
   * @param trueValues texts read as true (the TableSchema defaults when the schema gives none)
   * @param falseValues texts read as false
   */
  public record Field(
      String name,
      @Nullable String title,
      @Nullable String description,
      String type,
      @Nullable String format,
      Constraints constraints,
      List<String> trueValues,
      List<String> falseValues,
      @Nullable String example) {

    public static final List<String> DEFAULT_TRUE = List.of("true", "True", "TRUE", "1");
    public static final List<String> DEFAULT_FALSE = List.of("false", "False", "FALSE", "0");

    public Field {
      requireNonNull(name, "name");
      requireNonNull(type, "type");
      requireNonNull(constraints, "constraints");
      trueValues = List.copyOf(trueValues);
      falseValues = List.copyOf(falseValues);
    }

    public boolean required() {
      return constraints.required();
    }

    static Field fromTree(JsonNode node) {
      String name = text(node, "name");
      if (name == null) {
        throw new IllegalArgumentException("schéma TableSchema illisible : un champ n'a pas de nom");
      }
      String type = text(node, "type");
      JsonNode example = node.path("example");
      return new Field(
          name,
          text(node, "title"),
          text(node, "description"),
          type == null ? "string" : type,
          text(node, "format"),
          Constraints.fromTree(node.path("constraints")),
          node.has("trueValues") ? strings(node.path("trueValues")) : DEFAULT_TRUE,
          node.has("falseValues") ? strings(node.path("falseValues")) : DEFAULT_FALSE,
          example.isMissingNode() || example.isNull() ? null : example.asString());
    }
  }

  /** The constraints of a field; minimum and maximum are numbers (or dates, kept as text). */
  public record Constraints(
      boolean required,
      boolean unique,
      @Nullable String pattern,
      List<String> enumValues,
      @Nullable BigDecimal minimum,
      @Nullable BigDecimal maximum,
      @Nullable Integer minLength,
      @Nullable Integer maxLength) {

    public static final Constraints NONE = new Constraints(false, false, null, List.of(), null, null, null, null);

    public Constraints {
      enumValues = List.copyOf(enumValues);
    }

    static Constraints fromTree(JsonNode node) {
      if (!node.isObject()) {
        return NONE;
      }
      return new Constraints(
          node.path("required").asBoolean(false),
          node.path("unique").asBoolean(false),
          text(node, "pattern"),
          node.path("enum").isArray() ? strings(node.path("enum")) : List.of(),
          decimal(node.path("minimum")),
          decimal(node.path("maximum")),
          node.path("minLength").isNumber() ? node.path("minLength").asInt() : null,
          node.path("maxLength").isNumber() ? node.path("maxLength").asInt() : null);
    }

    private static @Nullable BigDecimal decimal(JsonNode node) {
      if (node.isNumber() || node.isString()) {
        try {
          return new BigDecimal(node.asString());
        } catch (NumberFormatException e) {
          return null;
        }
      }
      return null;
    }
  }

  /** Reads a schema file, for callers that hold a path. */
  public static TableSchema read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
