package fr.socle.portal.sql;

import fr.socle.lakehouse.query.QueryHandle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Statements running now, by person and run id (chosen by the page or the API client before sending), so that
 * another request of the same person can cancel one. A person can only reach their own runs.
 */
@Component
class ConsoleRuns {
  private static final Pattern RUN_ID = Pattern.compile("^[A-Za-z0-9-]{8,64}$");

  private final ConcurrentHashMap<String, QueryHandle> running = new ConcurrentHashMap<>();

  static boolean validId(String runId) {
    return RUN_ID.matcher(runId).matches();
  }

  void start(String user, String runId, QueryHandle handle) {
    if (running.putIfAbsent(key(user, runId), handle) != null) {
      throw new IllegalArgumentException("identifiant d'exécution déjà utilisé : " + runId);
    }
  }

  void end(String user, String runId) {
    running.remove(key(user, runId));
  }

  /** Cancels the person's run; false if it is not (or no longer) running. */
  boolean cancel(String user, String runId) {
    QueryHandle handle = running.get(key(user, runId));
    if (handle == null) {
      return false;
    }
    handle.cancel();
    return true;
  }

  private static String key(String user, String runId) {
    return user + "\u0000" + runId;
  }
}
