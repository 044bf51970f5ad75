package fr.socle.portal.lakehouse;

import fr.socle.lakehouse.iceberg.TierSettings;
import jakarta.validation.constraints.NotBlank;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** The two tiers and the local working folder (uploads in progress, precomputed exports). */
@Validated
@ConfigurationProperties("socle.lakehouse")
public record LakehouseSettings(Path dataDir, Tier internal, Tier open, S3 s3) {

  public record Tier(@NotBlank String catalogName, @NotBlank String jdbcUrl, @NotBlank String jdbcUser,
      String jdbcPassword, @NotBlank String warehouse) {}

  public record S3(String endpoint, String region, String accessKey, String secretKey) {
    boolean configured() {
      return endpoint != null && !endpoint.isBlank();
    }
  }

  TierSettings internalTier() {
    return toSettings(internal);
  }

  TierSettings openTier() {
    return toSettings(open);
  }

  private TierSettings toSettings(Tier tier) {
    TierSettings.S3Settings s3Settings = s3 != null && s3.configured()
        ? new TierSettings.S3Settings(s3.endpoint(), s3.region(), s3.accessKey(), s3.secretKey()) : null;
    return new TierSettings(tier.catalogName(), tier.jdbcUrl(), tier.jdbcUser(),
        tier.jdbcPassword() == null ? "" : tier.jdbcPassword(), tier.warehouse(), s3Settings);
  }
}
