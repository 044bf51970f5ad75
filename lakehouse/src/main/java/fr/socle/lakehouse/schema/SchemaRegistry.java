package fr.socle.lakehouse.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The TableSchemas Socle ships (SCDL and related national formats, as published on schema.data.gouv.fr), by short
 * name: {@code scdl-subventions}, {@code scdl-budget}, ... A dataset names its schema; loads are validated against
 * it and the catalogue exports follow it.
 */
public final class SchemaRegistry {
  /** The schemas known to this version of Socle. */
  public static final List<String> NAMES = List.of(
      "scdl-budget", "scdl-subventions", "scdl-deliberations", "scdl-equipements", "scdl-prenoms",
      "scdl-menus-collectifs", "scdl-catalogue", "etalab-schema-decp-dpa", "etalab-schema-hautes-remunerations",
      "etalab-schema-irve-statique");

  private static final Map<String, TableSchema> CACHE = new ConcurrentHashMap<>();

  private SchemaRegistry() {}

  public static Optional<TableSchema> find(String name) {
    if (!NAMES.contains(name)) {
      return Optional.empty();
    }
    return Optional.of(CACHE.computeIfAbsent(name, SchemaRegistry::load));
  }

  private static TableSchema load(String name) {
    try (InputStream in = SchemaRegistry.class.getResourceAsStream(name + ".schema.json")) {
      if (in == null) {
        throw new IllegalStateException("schema resource missing: " + name);
      }
      return TableSchema.parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
