package fr.socle.portal.usage;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** How often counted uses are added to the database; days are those of the collectivité's time zone. */
@Validated
@ConfigurationProperties("socle.usage")
record UsageSettings(@DefaultValue("30s") Duration flushInterval, @DefaultValue("Europe/Paris") java.time.ZoneId zone) {}
