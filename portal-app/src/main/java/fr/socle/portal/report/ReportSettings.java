package fr.socle.portal.report;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** Reports an address may send a minute without an account (signed-in people are not limited). */
@Validated
@ConfigurationProperties("socle.reports")
record ReportSettings(@DefaultValue("5") @Positive int anonymousPerMinute) {}
