package fr.socle.portal.sql;

import fr.socle.lakehouse.query.QueryException;
import fr.socle.policies.access.Subject;
import fr.socle.portal.catalogue.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The console as an API, with the console's rules: one read-only statement, run as the bearer of the token, paged
 * by {@code offset}, cancellable by a {@code run_id} the client chooses, rate-limited (429 with Retry-After).
 */
@RestController
class SqlApiController {
  private final SqlConsole console;

  SqlApiController(SqlConsole console) {
    this.console = console;
  }

  /** {@code {"sql": "...", "offset": 0, "run_id": "..."}}. */
  record Statement(@Nullable String sql, @Nullable Long offset, @Nullable String run_id) {}

  @PostMapping("/api/v1/sql")
  Map<String, Object> run(Subject me, @RequestBody Statement statement) throws QueryException {
    SqlConsole.Result result = console.run(me, statement.sql() == null ? "" : statement.sql(),
        statement.offset() == null ? 0 : statement.offset(), statement.run_id());
    List<Map<String, String>> columns = result.columns().stream()
        .map(c -> Map.of("name", c.name(), "type", c.trinoType())).toList();
    List<List<@Nullable Object>> rows = new ArrayList<>(result.rows().size());
    for (Object[] row : result.rows()) {
      List<@Nullable Object> values = new ArrayList<>(row.length);
      for (Object value : row) {
        values.add(Values.json(value));
      }
      rows.add(values);
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("kind", result.kind());
    answer.put("columns", columns);
    answer.put("rows", rows);
    answer.put("offset", result.offset());
    answer.put("next_offset", result.nextOffset());
    answer.put("has_more", result.hasMore());
    answer.put("query_id", result.queryId());
    answer.put("elapsed_ms", result.elapsedMillis());
    return answer;
  }

  @DeleteMapping("/api/v1/sql/runs/{runId}")
  ResponseEntity<Void> cancel(Subject me, @PathVariable String runId) {
    SqlConsole.requireConsole(me);
    if (!console.cancel(me, runId)) {
      throw new fr.socle.portal.access.AccessException(fr.socle.portal.access.AccessException.Code.NOT_FOUND,
          "aucune exécution en cours sous cet identifiant");
    }
    return ResponseEntity.noContent().build();
  }
}
