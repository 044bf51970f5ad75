package fr.socle.lakehouse.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small TableSchema (frictionless) check for the SCDL files: required, pattern, enum, lengths, bounds, types
 * (string formats email and uri, integer, number with the file's decimal separator, date, year, boolean with the
 * field's true/false values) and the SCDL custom checks the demo's schemas declare. Enough to keep the generator
 * honest; the product's own TableSchema validator is a separate piece of work.
 */
final class TableSchemaCheck {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[a-z]{2,}");
  private final JsonNode schema;

  private TableSchemaCheck(JsonNode schema) {
    this.schema = schema;
  }

  static TableSchemaCheck load(String stem) {
    try (InputStream in = TableSchemaCheck.class.getResourceAsStream("schemas/" + stem + ".schema.json")) {
      if (in == null) {
        throw new IllegalArgumentException("no schema " + stem);
      }
      return new TableSchemaCheck(JsonMapper.builder().build().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<String> fieldNames() {
    List<String> names = new ArrayList<>();
    schema.get("fields").forEach(f -> names.add(f.get("name").asString()));
    return names;
  }

  /** Violations of one row, given as field name → value ("" is a missing value). */
  List<String> violations(Map<String, String> row, char decimalSeparator) {
    List<String> problems = new ArrayList<>();
    for (JsonNode field : schema.get("fields")) {
      String name = field.get("name").asString();
      String value = row.getOrDefault(name, "");
      JsonNode c = field.path("constraints");
      if (value.isEmpty()) {
        if (c.path("required").asBoolean(false)) {
          problems.add(name + " is required");
        }
        continue;
      }
      String problem = typeProblem(field, value, decimalSeparator);
      if (problem != null) {
        problems.add(name + " = «" + value + "»: " + problem);
        continue;
      }
      if (c.has("pattern") && !Pattern.compile(c.get("pattern").asString()).matcher(value).matches()) {
        problems.add(name + " = «" + value + "» does not match " + c.get("pattern").asString());
      }
      if (c.has("enum")) {
        List<String> allowed = new ArrayList<>();
        c.get("enum").forEach(v -> allowed.add(v.asString()));
        if (!allowed.contains(value)) {
          problems.add(name + " = «" + value + "» not in " + allowed);
        }
      }
      if (c.has("minLength") && value.length() < c.get("minLength").asInt()) {
        problems.add(name + " = «" + value + "» shorter than " + c.get("minLength").asInt());
      }
      if (c.has("maxLength") && value.length() > c.get("maxLength").asInt()) {
        problems.add(name + " = «" + value + "» longer than " + c.get("maxLength").asInt());
      }
      if (c.has("minimum") && number(value, decimalSeparator).compareTo(c.get("minimum").decimalValue()) < 0) {
        problems.add(name + " = «" + value + "» below " + c.get("minimum"));
      }
      if (c.has("maximum") && number(value, decimalSeparator).compareTo(c.get("maximum").decimalValue()) > 0) {
        problems.add(name + " = «" + value + "» above " + c.get("maximum"));
      }
    }
    problems.addAll(customChecks(row));
    return problems;
  }

  private static String typeProblem(JsonNode field, String value, char decimalSeparator) {
    try {
      switch (field.path("type").asString("string")) {
        case "integer" -> Long.parseLong(value);
        case "number" -> number(value, decimalSeparator);
        case "date" -> LocalDate.parse(value);
        case "year" -> {
          if (!value.matches("\\d{4}")) {
            return "not a year";
          }
        }
        case "boolean" -> {
          List<String> allowed = new ArrayList<>();
          field.path("trueValues").forEach(v -> allowed.add(v.asString()));
          field.path("falseValues").forEach(v -> allowed.add(v.asString()));
          if (allowed.isEmpty()) {
            allowed.addAll(List.of("true", "false", "True", "False", "TRUE", "FALSE", "1", "0"));
          }
          if (!allowed.contains(value)) {
            return "not a boolean among " + allowed;
          }
        }
        default -> {
          String format = field.path("format").asString("default");
          if (format.equals("email") && !EMAIL.matcher(value).matches()) {
            return "not an e-mail address";
          }
          if (format.equals("uri") && URI.create(value).getScheme() == null) {
            return "not an absolute URI";
          }
        }
      }
      return null;
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  private static BigDecimal number(String value, char decimalSeparator) {
    return new BigDecimal(value.replace(decimalSeparator, '.'));
  }

  /** The custom checks of the SCDL schemas: SIRET keys, one-of-required, sums and comparisons of columns. */
  private List<String> customChecks(Map<String, String> row) {
    List<String> problems = new ArrayList<>();
    for (JsonNode check : schema.path("custom_checks")) {
      JsonNode p = check.path("params");
      String column = p.path("column").asString("");
      String value = row.getOrDefault(column, "");
      switch (check.path("name").asString()) {
        case "french-siret-value" -> {
          if (!value.isEmpty() && !Siret.luhnValid(value)) {
            problems.add(column + " = «" + value + "» fails the SIRET key");
          }
        }
        case "one-of-required" -> {
          if (row.getOrDefault(p.path("column1").asString(), "").isEmpty()
              && row.getOrDefault(p.path("column2").asString(), "").isEmpty()) {
            problems.add("one of " + p.path("column1").asString() + ", " + p.path("column2").asString()
                + " is required");
          }
        }
        case "sum-columns-value" -> {
          if (!value.isEmpty()) {
            long sum = 0;
            for (JsonNode other : p.path("columns")) {
              sum += Long.parseLong(row.getOrDefault(other.asString(), "0"));
            }
            if (sum != Long.parseLong(value)) {
              problems.add(column + " = " + value + " is not the sum " + sum);
            }
          }
        }
        case "compare-columns-value" -> {
          String other = row.getOrDefault(p.path("column2").asString(), "");
          if (!value.isEmpty() && !other.isEmpty() && p.path("op").asString().equals(">=")
              && value.compareTo(other) < 0 && !isNumberPair(value, other)) {
            problems.add(column + " = " + value + " < " + p.path("column2").asString() + " = " + other);
          }
          if (!value.isEmpty() && !other.isEmpty() && isNumberPair(value, other)
              && Long.parseLong(value) < Long.parseLong(other)) {
            problems.add(column + " = " + value + " < " + p.path("column2").asString() + " = " + other);
          }
        }
        default -> {
          // year-interval-value, cohesive-columns-value, nomenclature-actes-value: not checked here
        }
      }
    }
    return problems;
  }

  private static boolean isNumberPair(String a, String b) {
    return a.matches("\\d+") && b.matches("\\d+");
  }
}
