package fr.socle.portal.classification;

import fr.socle.lakehouse.classification.SamplingMethod;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param overdueAfterDays a dataset unclassified for longer is overdue on the dashboard
 * @param reviewAfterMonths the review date a new decision form proposes
 * @param largeTables how tables above {@code fullScanUpTo} rows are sampled ({@code tablesample}: measured faster)
 * @param fullScanUpTo tables up to this many rows are scanned whole
 * @param sampleSize rows scanned of a larger table
 * @param scanTimeout the longest a scan may run
 * @param scanJob whether the job scanning new snapshots runs, and how often
 * @param signatoryQuality the quality a decision's author signs with, after their name (CRPA L212-1), as the
 *     attestations of the published versions show it
 */
@Validated
@ConfigurationProperties("socle.classification")
record ClassificationSettings(
    @DefaultValue("30") @Min(1) int overdueAfterDays,
    @DefaultValue("24") @Min(1) int reviewAfterMonths,
    @DefaultValue("tablesample") SamplingMethod largeTables,
    @DefaultValue("200000") @Min(1) long fullScanUpTo,
    @DefaultValue("100000") @Min(1) int sampleSize,
    @DefaultValue("10m") Duration scanTimeout,
    @DefaultValue ScanJob scanJob,
    @DefaultValue("référent des données et PRADA") @NotBlank String signatoryQuality) {

  record ScanJob(@DefaultValue("true") boolean enabled, @DefaultValue("5m") Duration interval) {}
}
