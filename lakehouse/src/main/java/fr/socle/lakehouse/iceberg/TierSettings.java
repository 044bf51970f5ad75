package fr.socle.lakehouse.iceberg;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * One Iceberg tier: its catalogue (a JDBC catalogue in PostgreSQL; {@code catalogName} must equal Trino's
 * {@code iceberg.jdbc-catalog.catalog-name}) and its warehouse ({@code file://...} or {@code s3://...}).
 */
public record TierSettings(
    String catalogName,
    String jdbcUrl,
    String jdbcUser,
    String jdbcPassword,
    String warehouse,
    @Nullable S3Settings s3) {

  public TierSettings {
    requireNonNull(catalogName, "catalogName");
    requireNonNull(jdbcUrl, "jdbcUrl");
    requireNonNull(jdbcUser, "jdbcUser");
    requireNonNull(jdbcPassword, "jdbcPassword");
    requireNonNull(warehouse, "warehouse");
    if (!warehouse.startsWith("file:/") && !warehouse.startsWith("s3://")) {
      throw new IllegalArgumentException("warehouse must be a file:// or s3:// URI, got " + warehouse);
    }
  }

  public boolean onS3() {
    return warehouse.startsWith("s3://");
  }

  /** Object storage reached through Iceberg's S3FileIO. */
  public record S3Settings(String endpoint, String region, String accessKey, String secretKey) {}
}
