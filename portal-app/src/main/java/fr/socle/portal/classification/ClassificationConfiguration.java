package fr.socle.portal.classification;

import fr.socle.lakehouse.catalog.Catalogue;
import fr.socle.lakehouse.classification.ScanSettings;
import fr.socle.lakehouse.classification.ScanTargets;
import fr.socle.lakehouse.classification.TableScanner;
import fr.socle.lakehouse.query.TrinoGateway;
import fr.socle.policies.communicability.CommunicabilityPolicy;
import fr.socle.policies.communicability.DecisionValidation;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans of the lakehouse's scanner and the policies' rules (both modules know no Spring). */
@Configuration(proxyBeanMethods = false)
class ClassificationConfiguration {

  /** Scans read as the platform principal, which may read every internal table, never as a person. */
  @Bean
  TableScanner tableScanner(@Qualifier("internal") TrinoGateway gateway, ClassificationSettings settings) {
    return new TableScanner(gateway, new ScanSettings(settings.largeTables(), settings.fullScanUpTo(),
        settings.sampleSize(), settings.scanTimeout()));
  }

  @Bean
  ScanTargets scanTargets(Catalogue catalogue) {
    return new ScanTargets(catalogue);
  }

  @Bean
  CommunicabilityPolicy communicabilityPolicy() {
    return new CommunicabilityPolicy();
  }

  @Bean
  DecisionValidation decisionValidation() {
    return new DecisionValidation();
  }
}
