package fr.socle.lakehouse.query;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Where Trino listens (its HTTPS JDBC URL), the certificate to trust (a PEM file; absent means the JVM's trust
 * store), and the longest a statement may run.
 */
public record TrinoSettings(String url, @Nullable String truststore, Duration queryTimeout) {
  public TrinoSettings {
    requireNonNull(url, "url");
    requireNonNull(queryTimeout, "queryTimeout");
    if (!url.startsWith("jdbc:trino://")) {
      throw new IllegalArgumentException("Trino URL must start with jdbc:trino://, got " + url);
    }
  }
}
