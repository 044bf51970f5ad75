package fr.socle.portal.lakehouse;

import fr.socle.lakehouse.catalog.Catalogue;
import fr.socle.lakehouse.catalog.CatalogueSchema;
import fr.socle.lakehouse.catalog.Erasure;
import fr.socle.lakehouse.iceberg.Tier;
import fr.socle.lakehouse.ingest.Ingestion;
import fr.socle.lakehouse.jdbc.Jdbc;
import fr.socle.lakehouse.load.DatasetLoads;
import fr.socle.lakehouse.promotion.PublicationSchema;
import fr.socle.lakehouse.query.GovernedQueries;
import fr.socle.lakehouse.query.RunningQueries;
import fr.socle.lakehouse.query.TrinoGateway;
import fr.socle.lakehouse.query.TrinoSettings;
import fr.socle.policies.access.Principals;
import fr.socle.portal.identity.ServiceTokens;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans of the lakehouse module (which knows no Spring). */
@Configuration(proxyBeanMethods = false)
class LakehouseConfiguration {

  /**
   * The catalogue's schema first (the portal's tables reference it), then the promotion engine's (schema
   * {@code publication}, its own history), then the portal's own migrations.
   */
  @Bean
  FlywayMigrationStrategy migrateCatalogueFirst(DataSource dataSource) {
    return flyway -> {
      CatalogueSchema.migrate(dataSource);
      PublicationSchema.migrate(dataSource);
      flyway.migrate();
    };
  }

  @Bean
  Jdbc jdbc(DataSource dataSource, FlywayMigrationInitializer migrated) {
    return new Jdbc(dataSource);
  }

  @Bean(destroyMethod = "close")
  @Qualifier("internal")
  Tier internalTier(LakehouseSettings settings) {
    return Tier.open(settings.internalTier());
  }

  @Bean(destroyMethod = "close")
  @Qualifier("open")
  Tier openTier(LakehouseSettings settings) {
    return Tier.open(settings.openTier());
  }

  @Bean
  Catalogue catalogue(Jdbc jdbc, @Qualifier("internal") Tier internal, Clock clock) {
    return new Catalogue(jdbc, internal, clock);
  }

  @Bean
  Ingestion ingestion(@Qualifier("internal") Tier internal) {
    return new Ingestion(internal);
  }

  @Bean
  DatasetLoads datasetLoads(Catalogue catalogue, Ingestion ingestion, Jdbc jdbc, Clock clock) {
    return new DatasetLoads(catalogue, ingestion, jdbc, clock);
  }

  @Bean
  TrinoSettings trinoSettings(TrinoProperties properties) {
    return new TrinoSettings(properties.url(), properties.truststore(), properties.queryTimeout());
  }

  /** The internal portal's principal: its service account, acting for the signed-in person. */
  @Bean
  @Qualifier("internal")
  TrinoGateway internalGateway(TrinoSettings settings, ServiceTokens tokens) {
    return new TrinoGateway(settings, Principals.PORTAL, () -> tokens.token(ServiceTokens.Account.PORTAL),
        () -> tokens.invalidate(ServiceTokens.Account.PORTAL));
  }

  /** The public pages' principal: reads the open tier only and acts for no one. */
  @Bean
  @Qualifier("public")
  TrinoGateway publicGateway(TrinoSettings settings, ServiceTokens tokens) {
    return new TrinoGateway(settings, Principals.PUBLIC_PORTAL, () -> tokens.token(ServiceTokens.Account.PUBLIC),
        () -> tokens.invalidate(ServiceTokens.Account.PUBLIC));
  }

  @Bean
  @Qualifier("internal")
  GovernedQueries internalQueries(@Qualifier("internal") TrinoGateway gateway) {
    return new GovernedQueries(gateway);
  }

  @Bean
  @Qualifier("public")
  GovernedQueries publicQueries(@Qualifier("public") TrinoGateway gateway) {
    return new GovernedQueries(gateway);
  }

  @Bean
  Erasure erasure(@Qualifier("internal") TrinoGateway gateway) {
    return new Erasure(gateway);
  }

  @Bean
  RunningQueries runningQueries(@Qualifier("internal") TrinoGateway gateway) {
    return new RunningQueries(gateway);
  }
}
