package fr.socle.portal.feeds;

import fr.socle.portal.publicsite.SiteSettings;
import fr.socle.lakehouse.catalog.Catalogue;
import fr.socle.lakehouse.promotion.Publications;
import fr.socle.portal.explore.CatalogExporter;
import fr.socle.portal.explore.PublishedDatasets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The feeds' beans, and the DCAT export plugged into the Explore API's catalogue exports. */
@Configuration(proxyBeanMethods = false)
class FeedsConfiguration {

  @Bean
  CatalogueEntries catalogueEntries(PublishedDatasets published, Publications publications, Catalogue catalogue) {
    return new CatalogueEntries(published, publications, catalogue);
  }

  @Bean
  CatalogExporter dcatCatalogExporter(CatalogueEntries entries, SiteSettings settings) {
    return new DcatCatalogExporter(entries, settings);
  }
}
