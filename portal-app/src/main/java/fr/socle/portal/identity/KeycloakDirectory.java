package fr.socle.portal.identity;

import fr.socle.policies.access.Principals;
import fr.socle.policies.access.Role;
import fr.socle.policies.access.Subject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The directory, synced from Keycloak's admin API every few seconds (users, realm roles held directly or through a
 * group, group memberships as full paths such as {@code /services/finances}). Reserved names are ignored: a
 * Keycloak account called {@code public} gets no rights. Between two syncs, decisions use the last complete copy;
 * a failed sync keeps it, so a Keycloak restart does not lock everyone out, and a disabled account disappears at
 * the next sync.
 */
@Component
@Profile("!cli")
public class KeycloakDirectory implements Directory {
  private static final Logger log = LoggerFactory.getLogger(KeycloakDirectory.class);
  private static final int PAGE = 200;

  private final KeycloakSettings settings;
  private final ServiceTokens tokens;
  private final JsonMapper json;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private volatile Map<String, Subject> subjects = Map.of();
  private volatile Map<String, String> emails = Map.of();
  private volatile Map<String, String> names = Map.of();
  private volatile Map<String, String> labels = Map.of();
  private volatile boolean synced;

  public KeycloakDirectory(KeycloakSettings settings, ServiceTokens tokens, JsonMapper json) {
    this.settings = settings;
    this.tokens = tokens;
    this.json = json;
  }

  @Override
  public Subject subject(String user) {
    Subject subject = subjects.get(user);
    return subject != null ? subject : Subject.unknown(user);
  }

  @Override
  public Collection<Subject> all() {
    return subjects.values();
  }

  @Override
  public @org.jspecify.annotations.Nullable String email(String user) {
    return emails.get(user);
  }

  @Override
  public @org.jspecify.annotations.Nullable String name(String user) {
    return names.get(user);
  }

  @Override
  public String label(String group) {
    return labels.getOrDefault(group, group);
  }

  public boolean synced() {
    return synced;
  }

  @Scheduled(fixedDelayString = "${socle.keycloak.directory-sync-interval:5s}", initialDelay = 0)
  public void sync() {
    try {
      subjects = load();
      synced = true;
    } catch (RuntimeException | IOException e) {
      log.warn("directory sync from Keycloak failed, keeping the last copy: {}", e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Map<String, Subject> load() throws IOException, InterruptedException {
    Map<String, String> usernames = new HashMap<>();
    Map<String, String> addresses = new HashMap<>();
    Map<String, String> fullNames = new HashMap<>();
    forEachPage("/users?briefRepresentation=true", user -> {
      if (user.path("enabled").asBoolean(false)) {
        String username = user.get("username").asString();
        usernames.put(user.get("id").asString(), username);
        if (user.hasNonNull("email")) {
          addresses.put(username, user.get("email").asString());
        }
        String name = (user.path("firstName").asString("") + " " + user.path("lastName").asString("")).strip();
        if (!name.isEmpty()) {
          fullNames.put(username, name);
        }
      }
    });
    emails = Map.copyOf(addresses);
    names = Map.copyOf(fullNames);

    Map<String, Set<String>> groupsOf = new HashMap<>();
    Map<String, String> groupPaths = new HashMap<>();
    Map<String, String> groupLabels = new HashMap<>();
    for (JsonNode group : groups()) {
      String path = group.get("path").asString();
      String label = group.path("attributes").path("label").path(0).asString("");
      if (!label.isBlank()) {
        groupLabels.put(group.get("name").asString(), label);
      }
      groupPaths.put(group.get("id").asString(), path);
      forEachPage("/groups/" + group.get("id").asString() + "/members?briefRepresentation=true",
          member -> groupsOf.computeIfAbsent(member.get("id").asString(), id -> new HashSet<>()).add(path));
    }

    labels = Map.copyOf(groupLabels);

    Map<String, Set<Role>> rolesOf = new HashMap<>();
    for (Role role : Role.values()) {
      String base = "/roles/" + role.keycloakName();
      forEachPage(base + "/users?briefRepresentation=true",
          user -> rolesOf.computeIfAbsent(user.get("id").asString(), id -> new HashSet<>()).add(role));
      Set<String> groupsWithRole = new HashSet<>();
      forEachPage(base + "/groups?briefRepresentation=true", group -> groupsWithRole.add(group.get("path").asString()));
      groupsOf.forEach((userId, paths) -> {
        for (String path : paths) {
          if (groupsWithRole.stream().anyMatch(g -> path.equals(g) || path.startsWith(g + "/"))) {
            rolesOf.computeIfAbsent(userId, id -> new HashSet<>()).add(role);
          }
        }
      });
    }

    Map<String, Subject> loaded = new HashMap<>();
    usernames.forEach((id, username) -> {
      if (!Principals.isReserved(username) || Principals.ADMIN.equals(username)) {
        loaded.put(username, new Subject(username, rolesOf.getOrDefault(id, Set.of()),
            groupsOf.getOrDefault(id, Set.of())));
      }
    });
    return Map.copyOf(loaded);
  }

  /** All groups, subgroups included, each with its full path and its attributes. */
  private List<JsonNode> groups() throws IOException, InterruptedException {
    List<JsonNode> all = new ArrayList<>();
    List<JsonNode> level = new ArrayList<>();
    forEachPage("/groups?briefRepresentation=false", level::add);
    while (!level.isEmpty()) {
      all.addAll(level);
      List<JsonNode> next = new ArrayList<>();
      for (JsonNode group : level) {
        if (group.path("subGroupCount").asInt(1) > 0) {
          forEachPage("/groups/" + group.get("id").asString() + "/children?briefRepresentation=false", next::add);
        }
      }
      level = next;
    }
    return all;
  }

  private void forEachPage(String path, Consumer<JsonNode> consumer) throws IOException, InterruptedException {
    String separator = path.contains("?") ? "&" : "?";
    for (int first = 0; ; first += PAGE) {
      JsonNode page = get(path + separator + "first=" + first + "&max=" + PAGE);
      page.forEach(consumer);
      if (page.size() < PAGE) {
        return;
      }
    }
  }

  private JsonNode get(String path) throws IOException, InterruptedException {
    URI uri = settings.adminUri(path);
    HttpRequest request = HttpRequest.newBuilder(uri)
        .timeout(Duration.ofSeconds(10))
        .header("Authorization", "Bearer " + tokens.token(ServiceTokens.Account.PORTAL))
        .GET()
        .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() == 401) {
      tokens.invalidate(ServiceTokens.Account.PORTAL);
    }
    if (response.statusCode() != 200) {
      throw new IOException("Keycloak admin API answered HTTP " + response.statusCode() + " for " + uri.getPath());
    }
    return json.readTree(response.body());
  }
}
