package fr.socle.portal.classification;

import fr.socle.lakehouse.catalog.Dataset;
import fr.socle.lakehouse.query.TrinoGateway;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Published datasets as Trino's {@code open} catalog shows them: {@code SHOW TABLES FROM open.<domain>} as the
 * platform principal, one statement per domain; a dataset is published when a table of its name is there.
 */
@Component
class OpenCatalogTables implements PublishedDatasets {
  private static final Logger log = LoggerFactory.getLogger(OpenCatalogTables.class);
  private static final Pattern NAME = Pattern.compile("^[a-z][a-z0-9_]{0,62}$");

  private final TrinoGateway gateway;

  OpenCatalogTables(@Qualifier("internal") TrinoGateway gateway) {
    this.gateway = gateway;
  }

  @Override
  public Optional<Set<String>> published(Collection<Dataset> datasets) {
    Map<String, Set<String>> tablesByDomain = new HashMap<>();
    try (Connection connection = gateway.connectAsPrincipal(); Statement statement = connection.createStatement()) {
      Set<String> schemas = new HashSet<>();
      try (ResultSet rs = statement.executeQuery("SHOW SCHEMAS FROM open")) {
        while (rs.next()) {
          schemas.add(rs.getString(1));
        }
      }
      for (Dataset dataset : datasets) {
        String domain = dataset.domain();
        if (!NAME.matcher(domain).matches() || !schemas.contains(domain) || tablesByDomain.containsKey(domain)) {
          continue;
        }
        Set<String> tables = new HashSet<>();
        try (ResultSet rs = statement.executeQuery("SHOW TABLES FROM open.\"" + domain + "\"")) {
          while (rs.next()) {
            tables.add(rs.getString(1));
          }
        }
        tablesByDomain.put(domain, tables);
      }
    } catch (SQLException e) {
      log.warn("open tier not readable for the dashboard: {}", e.getMessage());
      return Optional.empty();
    }
    Set<String> published = new HashSet<>();
    for (Dataset dataset : datasets) {
      if (tablesByDomain.getOrDefault(dataset.domain(), Set.of()).contains(dataset.tableName())) {
        published.add(dataset.id());
      }
    }
    return Optional.of(published);
  }
}
