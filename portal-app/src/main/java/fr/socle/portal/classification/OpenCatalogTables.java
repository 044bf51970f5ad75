package fr.socle.portal.classification;

import fr.socle.lakehouse.catalog.Dataset;
import fr.socle.lakehouse.query.TrinoGateway;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * platform principal, one statement per domain; a dataset is published when a table of its name is there. The
 * open tier's tables are listed at most once a minute.
 */
@Component
class OpenCatalogTables implements PublishedDatasets {
  private static final Logger log = LoggerFactory.getLogger(OpenCatalogTables.class);
  private static final Pattern NAME = Pattern.compile("^[a-z][a-z0-9_]{0,62}$");

  private static final Duration FRESH = Duration.ofMinutes(1);

  private final TrinoGateway gateway;
  private final Clock clock;
  private volatile Listing last = new Listing(Instant.EPOCH, Map.of());

  OpenCatalogTables(@Qualifier("internal") TrinoGateway gateway, Clock clock) {
    this.gateway = gateway;
    this.clock = clock;
  }

  /** The open tier's tables by domain, as listed at {@code at}. */
  private record Listing(Instant at, Map<String, Set<String>> tablesByDomain) {}

  @Override
  public Optional<Set<String>> published(Collection<Dataset> datasets) {
    Listing listing = last;
    boolean known = datasets.stream().allMatch(d -> listing.tablesByDomain().containsKey(d.domain()));
    if (!known || listing.at().plus(FRESH).isBefore(clock.instant())) {
      Optional<Map<String, Set<String>>> listed = list(datasets);
      if (listed.isEmpty()) {
        return Optional.empty();
      }
      last = new Listing(clock.instant(), listed.get());
    }
    Map<String, Set<String>> tables = last.tablesByDomain();
    Set<String> published = new HashSet<>();
    for (Dataset dataset : datasets) {
      if (tables.getOrDefault(dataset.domain(), Set.of()).contains(dataset.tableName())) {
        published.add(dataset.id());
      }
    }
    return Optional.of(published);
  }

  /** Every domain of the datasets, with its open tables (none when the open tier has no such schema). */
  private Optional<Map<String, Set<String>>> list(Collection<Dataset> datasets) {
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
        if (tablesByDomain.containsKey(domain)) {
          continue;
        }
        if (!NAME.matcher(domain).matches() || !schemas.contains(domain)) {
          tablesByDomain.put(domain, Set.of());
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
    return Optional.of(Map.copyOf(tablesByDomain));
  }
}
