package fr.socle.portal.lakehouse;

import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Trino's HTTPS JDBC URL, the certificate to trust, and the default statement timeout. */
@Validated
@ConfigurationProperties("socle.trino")
public record TrinoProperties(@NotBlank String url, String truststore, Duration queryTimeout) {}
