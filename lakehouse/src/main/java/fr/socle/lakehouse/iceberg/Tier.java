package fr.socle.lakehouse.iceberg;

import java.io.Closeable;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.iceberg.CatalogProperties;
import org.apache.iceberg.catalog.Catalog;
import org.apache.iceberg.jdbc.JdbcCatalog;

/**
 * An open Iceberg tier: the JDBC catalogue that Trino's catalog of the same name also uses. Tables are written
 * here by Socle's own code (ingestion, promotion) and read through Trino.
 */
public final class Tier implements Closeable {
  private final TierSettings settings;
  private final JdbcCatalog catalog;
  private final Map<String, String> properties;
  private volatile org.apache.iceberg.io.@org.jspecify.annotations.Nullable FileIO io;

  private Tier(TierSettings settings, JdbcCatalog catalog, Map<String, String> properties) {
    this.settings = settings;
    this.catalog = catalog;
    this.properties = Map.copyOf(properties);
  }

  public static Tier open(TierSettings settings) {
    Map<String, String> properties = new HashMap<>();
    properties.put(CatalogProperties.URI, settings.jdbcUrl());
    properties.put(CatalogProperties.WAREHOUSE_LOCATION, settings.warehouse());
    properties.put("jdbc.user", settings.jdbcUser());
    properties.put("jdbc.password", settings.jdbcPassword());
    // The V1 schema, as Trino 476 reads it (its JDBC catalogue knows views only in V1's iceberg_type column).
    properties.put("jdbc.schema-version", "V1");
    properties.put("jdbc.init-catalog-tables", "false");
    if (settings.s3() != null) {
      TierSettings.S3Settings s3 = settings.s3();
      properties.put(CatalogProperties.FILE_IO_IMPL, "org.apache.iceberg.aws.s3.S3FileIO");
      properties.put("s3.endpoint", s3.endpoint());
      properties.put("s3.path-style-access", "true");
      properties.put("s3.access-key-id", s3.accessKey());
      properties.put("s3.secret-access-key", s3.secretKey());
      properties.put("client.region", s3.region());
      properties.put("http-client.type", "urlconnection");
    }
    JdbcCatalog catalog = new JdbcCatalog();
    catalog.setConf(new Configuration());
    catalog.initialize(settings.catalogName(), properties);
    return new Tier(settings, catalog, properties);
  }

  public Catalog catalog() {
    return catalog;
  }

  public JdbcCatalog jdbcCatalog() {
    return catalog;
  }

  /**
   * The tier's storage, for files that belong to no table yet or any more (a promotion's leftovers, precomputed
   * exports): the same FileIO the catalogue's tables use.
   */
  public org.apache.iceberg.io.FileIO io() {
    org.apache.iceberg.io.FileIO current = io;
    if (current == null) {
      synchronized (this) {
        if (io == null) {
          io = org.apache.iceberg.CatalogUtil.loadFileIO(
              properties.getOrDefault(CatalogProperties.FILE_IO_IMPL, "org.apache.iceberg.hadoop.HadoopFileIO"),
              properties, new Configuration());
        }
        current = io;
      }
    }
    return current;
  }

  public TierSettings settings() {
    return settings;
  }

  /** The Trino catalog that shows this tier. */
  public String trinoCatalog() {
    return settings.catalogName();
  }

  @Override
  public void close() {
    catalog.close();
    if (io != null) {
      io.close();
    }
  }
}
