package fr.socle.portal.explore;

import fr.socle.lakehouse.catalog.Catalogue;
import fr.socle.lakehouse.promotion.Publications;
import fr.socle.lakehouse.iceberg.Tier;
import fr.socle.lakehouse.query.GovernedQueries;
import fr.socle.lakehouse.replica.Replicas;
import fr.socle.portal.lakehouse.LakehouseSettings;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Explore API's beans; every query goes through the public principal, never the internal one. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExploreSettings.class)
class ExploreConfiguration {

  /** What the promotion engine published and has not retracted. */
  @Bean
  PublishedDatasets publishedDatasets(Publications publications, Catalogue catalogue,
      @Qualifier("open") Tier openTier, Clock clock, ExploreSettings settings) {
    return new PublicationCatalog(publications, catalogue, openTier, clock, settings.catalogueTtl());
  }

  @Bean
  ExploreQueries exploreQueries(@Qualifier("public") GovernedQueries publicQueries, Clock clock,
      ExploreSettings settings, org.springframework.beans.factory.ObjectProvider<Replicas> replicas) {
    return new ExploreQueries(publicQueries, settings.queryTimeout(),
        new ResponseCache(clock, settings.cacheTtl(), 10_000, 4 * 1024 * 1024), replicas.getIfAvailable());
  }

  /** Local replicas of published versions in the portal's data folder ({@code socle.explore.replicas=false}: none). */
  @Bean(destroyMethod = "close")
  @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "socle.explore.replicas",
      havingValue = "true", matchIfMissing = true)
  Replicas exploreReplicas(LakehouseSettings lakehouse, @Qualifier("open") Tier openTier, ExploreSettings settings) {
    int threads = settings.replicaThreads() > 0 ? settings.replicaThreads()
        : Math.min(4, Runtime.getRuntime().availableProcessors());
    return new Replicas(new Replicas.Settings(lakehouse.dataDir().resolve("replicas"),
        settings.replicaDisk().toBytes(), threads, settings.replicaMemory().toBytes()), openTier.io());
  }

  /** Replicas of versions no longer current (retracted, replaced) deleted within a minute. */
  @Bean
  @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "socle.explore.replicas",
      havingValue = "true", matchIfMissing = true)
  ReplicaSweep replicaSweep(Replicas replicas, PublishedDatasets datasets) {
    return new ReplicaSweep(replicas, datasets);
  }

  static final class ReplicaSweep {
    private final Replicas replicas;
    private final PublishedDatasets datasets;

    ReplicaSweep(Replicas replicas, PublishedDatasets datasets) {
      this.replicas = replicas;
      this.datasets = datasets;
    }

    @org.springframework.scheduling.annotation.Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    void sweep() {
      replicas.retain(datasets.all().stream().map(PublishedDataset::parquet).filter(java.util.Objects::nonNull)
          .toList());
    }
  }

  @Bean
  ResponseCache exploreResponseCache(Clock clock, ExploreSettings settings) {
    return new ResponseCache(clock, settings.cacheTtl(), settings.cacheEntries(), settings.cacheBytes());
  }

  @Bean
  ApiKeys apiKeys(javax.sql.DataSource dataSource, Clock clock, ExploreSettings settings) {
    return new ApiKeys(dataSource, clock, settings.apiKeyPerMinute(), settings.keysPerUser());
  }

  @Bean
  RateLimits exploreRateLimits() {
    return new RateLimits();
  }

  /** After Spring Security (the Explore API needs no account), before the controllers. */
  @Bean
  org.springframework.boot.web.servlet.FilterRegistrationBean<RateLimitFilter> exploreRateLimitFilter(
      RateLimits limits, ApiKeys keys, ExploreSettings settings, Clock clock) {
    var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(
        new RateLimitFilter(limits, keys, settings, clock));
    registration.addUrlPatterns("/api/explore/*");
    registration.setName("exploreRateLimits");
    return registration;
  }

  /** The API's calls matched among its own mappings first (see {@link ExploreHandlerMapping}). */
  @Bean
  ExploreHandlerMapping exploreHandlerMapping(
      @Qualifier("mvcContentNegotiationManager") org.springframework.web.accept.ContentNegotiationManager negotiation) {
    return new ExploreHandlerMapping(negotiation);
  }

  @Bean
  CatalogExporter csvCatalogExporter() {
    return new CatalogExporters.Csv();
  }

  @Bean
  CatalogExporter jsonCatalogExporter() {
    return new CatalogExporters.Json();
  }
}
