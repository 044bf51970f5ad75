package fr.socle.portal.explore;

import fr.socle.lakehouse.catalog.Catalogue;
import fr.socle.lakehouse.promotion.Publications;
import fr.socle.lakehouse.iceberg.Tier;
import fr.socle.lakehouse.query.GovernedQueries;
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
      ExploreSettings settings) {
    return new ExploreQueries(publicQueries, settings.queryTimeout(),
        new ResponseCache(clock, settings.cacheTtl(), 10_000, 4 * 1024 * 1024));
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
