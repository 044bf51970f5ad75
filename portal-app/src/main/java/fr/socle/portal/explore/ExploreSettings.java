package fr.socle.portal.explore;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The Explore API's knobs: how long answers are cached and may be cached by clients, how long a records query
 * and an export may run, how many calls a minute an address and a default API key get, and the local replicas of
 * published versions that answer plain pages without Trino (on by default; disk and memory bounds; statements at
 * once, 0 for one a processor up to 4).
 */
@Validated
@ConfigurationProperties("socle.explore")
public record ExploreSettings(
    @DefaultValue("60s") Duration cacheTtl,
    @DefaultValue("2000") int cacheEntries,
    @DefaultValue("67108864") long cacheBytes,
    @DefaultValue("30s") Duration queryTimeout,
    @DefaultValue("2h") Duration exportTimeout,
    @DefaultValue("60s") Duration catalogueTtl,
    @DefaultValue("600") int anonymousPerMinute,
    @DefaultValue("6000") int apiKeyPerMinute,
    @DefaultValue("10") int keysPerUser,
    @DefaultValue("true") boolean replicas,
    @DefaultValue("4GB") org.springframework.util.unit.DataSize replicaDisk,
    @DefaultValue("512MB") org.springframework.util.unit.DataSize replicaMemory,
    @DefaultValue("0") int replicaThreads) {}
