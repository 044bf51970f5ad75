package fr.socle.portal.feeds;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small Table Schema checker for the SCDL catalogue (the schema file copied into the test resources): header
 * names and order, required cells, patterns, enums, dates, integers with their minimum, URIs. Returns the errors.
 */
final class ScdlTableSchema {
  private final JsonNode fields;

  ScdlTableSchema() {
    try (InputStream in = ScdlTableSchema.class.getResourceAsStream("/standards/scdl-catalogue.schema.json")) {
      fields = JsonMapper.builder().build().readTree(in).get("fields");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<String> names() {
    List<String> names = new ArrayList<>();
    fields.forEach(f -> names.add(f.get("name").asString()));
    return names;
  }

  List<String> errors(String csv) {
    List<List<String>> rows = parse(csv);
    List<String> errors = new ArrayList<>();
    if (rows.isEmpty() || !rows.getFirst().equals(names())) {
      errors.add("header " + (rows.isEmpty() ? "missing" : rows.getFirst()) + " is not " + names());
      return errors;
    }
    for (int r = 1; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      if (row.size() != fields.size()) {
        errors.add("row " + r + " has " + row.size() + " cells");
        continue;
      }
      for (int c = 0; c < fields.size(); c++) {
        check(fields.get(c), row.get(c), "row " + r + " " + fields.get(c).get("name").asString(), errors);
      }
    }
    return errors;
  }

  private static void check(JsonNode field, String value, String where, List<String> errors) {
    JsonNode constraints = field.path("constraints");
    if (value.isEmpty()) {
      if (constraints.path("required").asBoolean(false)) {
        errors.add(where + " is required");
      }
      return;
    }
    switch (field.get("type").asString()) {
      case "date" -> {
        try {
          LocalDate.parse(value);
        } catch (DateTimeParseException e) {
          errors.add(where + " is not a date: " + value);
        }
      }
      case "integer" -> {
        try {
          long number = Long.parseLong(value);
          if (constraints.has("minimum") && number < constraints.get("minimum").asLong()) {
            errors.add(where + " is below its minimum: " + value);
          }
        } catch (NumberFormatException e) {
          errors.add(where + " is not an integer: " + value);
        }
      }
      default -> {
        if ("uri".equals(field.path("format").asString(""))) {
          try {
            if (!URI.create(value).isAbsolute()) {
              errors.add(where + " is not an absolute URI: " + value);
            }
          } catch (IllegalArgumentException e) {
            errors.add(where + " is not a URI: " + value);
          }
        }
      }
    }
    if (constraints.has("pattern") && !value.matches(constraints.get("pattern").asString())) {
      errors.add(where + " does not match " + constraints.get("pattern").asString() + ": " + value);
    }
    if (constraints.has("enum")) {
      List<String> allowed = new ArrayList<>();
      constraints.get("enum").forEach(v -> allowed.add(v.asString()));
      if (!allowed.contains(value)) {
        errors.add(where + " is not one of " + allowed + ": " + value);
      }
    }
  }

  /** RFC 4180 with a comma, the dialect Table Schema assumes by default (read by FastCSV, as ingestion does). */
  static List<List<String>> parse(String csv) {
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv)) {
      return reader.stream().map(CsvRecord::getFields).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
