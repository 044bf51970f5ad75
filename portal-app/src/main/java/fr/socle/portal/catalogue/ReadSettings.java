package fr.socle.portal.catalogue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Bounds of the reads the portal runs for people: previews, charts and maps answer quickly or not at all; exports
 * may run long but not forever; the records API pages by at most {@code recordsMaxLimit} rows.
 */
@Validated
@ConfigurationProperties("socle.reads")
record ReadSettings(
    @DefaultValue("30s") Duration previewTimeout,
    @DefaultValue("30m") Duration exportTimeout,
    @DefaultValue("10000000") @Positive long exportMaxRows,
    @DefaultValue("1000") @Positive @Max(10_000) int recordsMaxLimit) {}
