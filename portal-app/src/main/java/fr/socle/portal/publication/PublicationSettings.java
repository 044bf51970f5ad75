package fr.socle.portal.publication;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Promotion jobs: this node's name in the job log (jobs it was running when it stopped are queued again at its
 * start), how often the worker looks for due jobs, after how long without a heartbeat another node's running job
 * is taken over, the time zone of "the day a deferred date passes", and whether this node runs jobs at all.
 */
@Validated
@ConfigurationProperties("socle.publication")
public record PublicationSettings(@NotBlank String node, @NotNull Duration poll, @NotNull Duration staleAfter,
    @NotNull ZoneId zone, boolean worker) {}
