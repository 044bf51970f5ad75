package fr.socle.trino.audit;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The listener's properties ({@code etc/event-listener.properties}), modelled on Trino's HTTP event listener's.
 * An unknown property is an error, as in Trino's own configuration: a misspelt one must not be silently ignored.
 */
record Settings(URI ingestUri, boolean logCreated, boolean logCompleted, int retryCount, Duration retryDelay,
    double backoffBase, Duration maxDelay, Duration requestTimeout, int maxPending) {
  static final String PREFIX = "socle-audit.";
  private static final Set<String> NAMES = Set.of("ingest-uri", "log-created", "log-completed", "retry-count",
      "retry-delay", "backoff-base", "max-delay", "request-timeout", "max-pending");
  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m)");

  static Settings from(Map<String, String> properties) {
    Map<String, String> own = new HashMap<>();
    properties.forEach((key, value) -> {
      String name = key.startsWith(PREFIX) ? key.substring(PREFIX.length()) : key;
      if (!key.startsWith(PREFIX) || !NAMES.contains(name)) {
        throw new IllegalArgumentException("unknown property " + key + " (known: " + PREFIX + NAMES + ")");
      }
      own.put(name, value.strip());
    });
    String uri = own.get("ingest-uri");
    if (uri == null || uri.isEmpty()) {
      throw new IllegalArgumentException(PREFIX + "ingest-uri is required");
    }
    Settings settings = new Settings(URI.create(uri),
        Boolean.parseBoolean(own.getOrDefault("log-created", "true")),
        Boolean.parseBoolean(own.getOrDefault("log-completed", "true")),
        Integer.parseInt(own.getOrDefault("retry-count", "5")),
        duration(own.getOrDefault("retry-delay", "1s")),
        Double.parseDouble(own.getOrDefault("backoff-base", "2")),
        duration(own.getOrDefault("max-delay", "30s")),
        duration(own.getOrDefault("request-timeout", "30s")),
        Integer.parseInt(own.getOrDefault("max-pending", "10000")));
    if (!"http".equals(settings.ingestUri.getScheme()) && !"https".equals(settings.ingestUri.getScheme())) {
      throw new IllegalArgumentException(PREFIX + "ingest-uri must be an http or https URI: " + uri);
    }
    if (settings.retryCount < 0 || settings.backoffBase < 1 || settings.maxPending < 1) {
      throw new IllegalArgumentException("socle-audit: retry-count ≥ 0, backoff-base ≥ 1 and max-pending ≥ 1");
    }
    return settings;
  }

  /** {@code 500ms}, {@code 1s}, {@code 2m}. */
  static Duration duration(String text) {
    Matcher m = DURATION.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a duration (500ms, 1s, 2m): " + text);
    }
    long amount = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "ms" -> Duration.ofMillis(amount);
      case "s" -> Duration.ofSeconds(amount);
      default -> Duration.ofMinutes(amount);
    };
  }
}
