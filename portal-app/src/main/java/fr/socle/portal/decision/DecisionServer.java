package fr.socle.portal.decision;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The decision point's own HTTP server, on a loopback address and port of its own: Trino's OPA plugin sends no
 * credentials, so these endpoints must be unreachable from the public port, and the public pages from this one.
 *
 * <p>A server of its own rather than a second connector of the portal's Tomcat: Trino asks several questions per
 * statement and waits for each, so every microsecond here is paid by every query. The JDK's server reads the JSON,
 * asks the {@link TrinoAuthorizer} and writes the answer, without the portal's filter chains (security, usage
 * counts, rate limits, sessions) that serve no purpose for a credential-less loopback caller.
 */
@Component
class DecisionServer implements SmartLifecycle {
  static final String PATH_PREFIX = "/trino";
  private static final Logger log = LoggerFactory.getLogger(DecisionServer.class);
  private static final byte[] NOT_JSON = "{\"error\":\"the body is not JSON\"}".getBytes(StandardCharsets.UTF_8);
  private static final byte[] INTERNAL_ERROR = "{\"error\":\"internal error\"}".getBytes(StandardCharsets.UTF_8);

  @Validated
  @ConfigurationProperties("socle.decision-point")
  record Settings(@NotBlank String address, int port) {}

  /** What an endpoint answers: a status and a JSON body (none when null). */
  record Reply(int status, @Nullable Object body) {
    static Reply ok(Object body) {
      return new Reply(200, body);
    }
  }

  private final Settings settings;
  private final JsonMapper json;
  private final Map<String, Function<JsonNode, Reply>> endpoints;
  private @Nullable HttpServer server;
  private @Nullable ExecutorService executor;

  @Autowired
  DecisionServer(Settings settings, JsonMapper json, TrinoDecisionEndpoints endpoints) {
    this(settings, json, endpoints.byPath());
  }

  DecisionServer(Settings settings, JsonMapper json, Map<String, Function<JsonNode, Reply>> endpoints) {
    this.settings = settings;
    this.json = json;
    this.endpoints = Map.copyOf(endpoints);
  }

  @Override
  public synchronized void start() {
    try {
      HttpServer created = HttpServer.create(new InetSocketAddress(settings.address(), settings.port()), 128);
      ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
      created.setExecutor(threads);
      created.createContext("/", this::handle);
      created.start();
      server = created;
      executor = threads;
      log.info("decision point listening on {}:{}", settings.address(), port());
    } catch (IOException e) {
      throw new IllegalStateException("decision point on " + settings.address() + ":" + settings.port(), e);
    }
  }

  /**
   * Started before the web server and stopped after it: a portal that answers its health check can answer Trino, and
   * the statements of requests still draining at shutdown keep getting their decisions.
   */
  @Override
  public int getPhase() {
    return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1;
  }

  @Override
  public synchronized void stop() {
    if (server != null) {
      server.stop(0);
      server = null;
    }
    if (executor != null) {
      executor.close();
      executor = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return server != null;
  }

  /** The port listened on (the configured one, or the one the system chose for port 0). */
  int port() {
    HttpServer current = server;
    return current == null ? settings.port() : current.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Function<JsonNode, Reply> endpoint = endpoints.get(exchange.getRequestURI().getPath());
      if (endpoint == null) {
        send(exchange, 404, null);
      } else if (!"POST".equals(exchange.getRequestMethod())) {
        exchange.getResponseHeaders().set("Allow", "POST");
        send(exchange, 405, null);
      } else {
        answer(exchange, endpoint);
      }
    }
  }

  /**
   * The endpoint's reply, or a 500 for any failure to decide or to write the decision: the JDK's server would drop
   * the connection without a word on an exception (Trino then reports only "Failed to query OPA backend" and this
   * log nothing), so that only the client's own disconnection, or the JVM's own failure, leaves here unanswered.
   */
  private void answer(HttpExchange exchange, Function<JsonNode, Reply> endpoint) throws IOException {
    JsonNode request;
    try {
      request = json.readTree(exchange.getRequestBody());
    } catch (JacksonException e) {
      send(exchange, 400, NOT_JSON);
      return;
    }
    if (log.isTraceEnabled()) { // what Trino asked, for an operator wondering why a statement was refused
      log.trace("{}", request);
    }
    Reply reply;
    byte @Nullable [] body;
    try {
      reply = endpoint.apply(request);
      body = reply.body() == null ? null : json.writeValueAsBytes(reply.body());
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      // Trino's plugin denies on any answer but a well-formed one: an error here fails closed.
      log.error("decision point failed on {}", request, e);
      send(exchange, 500, INTERNAL_ERROR);
      return;
    }
    send(exchange, reply.status(), body);
  }

  private static void send(HttpExchange exchange, int status, byte @Nullable [] body) throws IOException {
    if (body == null) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
  }
}
