package fr.socle.portal.sql;

import fr.socle.lakehouse.catalog.DatasetQuery;
import fr.socle.lakehouse.catalog.DatasetState;
import fr.socle.lakehouse.query.PreparedSql;
import fr.socle.lakehouse.query.QueryException;
import fr.socle.policies.access.Subject;
import fr.socle.portal.catalogue.InternalCatalogue;
import fr.socle.portal.catalogue.Values;
import fr.socle.portal.system.Problems;
import fr.socle.portal.system.RateLimited;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The SQL console page. Works without script: the form posts the statement and the page comes back with the first
 * rows, "next page" posts it again with an offset. With script, a "Cancel" button appears while the statement runs
 * and cancels it by its run id (chosen when the page was drawn). The page lists the tables the person may read;
 * {@code ?jeu=id} starts the statement with the first rows of one, naming only the columns they may read.
 */
@Controller
class SqlConsolePageController {
  private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

  private final SqlConsole console;
  private final InternalCatalogue catalogue;

  SqlConsolePageController(SqlConsole console, InternalCatalogue catalogue) {
    this.console = console;
    this.catalogue = catalogue;
  }

  /** A table of the list: its dataset and the name to query it by. */
  record Table(String datasetId, String title, String trinoName) {}

  @GetMapping("/espace/sql")
  String form(Subject me, @RequestParam(name = "jeu", required = false) @Nullable String datasetId, Model model) {
    SqlConsole.requireConsole(me);
    model.addAttribute("sql", datasetId == null || datasetId.isBlank() ? "" : firstRows(me, datasetId));
    prepare(me, model);
    return "espace/sql";
  }

  /**
   * {@code SELECT … FROM table LIMIT 100} for a dataset the person may read: every column, or those their grants
   * open. A dataset they may not see is not found, as everywhere; one they may only know of starts nothing.
   */
  private String firstRows(Subject me, String datasetId) {
    InternalCatalogue.Entry entry = catalogue.get(me, datasetId.strip());
    if (!entry.readable()) {
      return "";
    }
    String columns = entry.scope().unrestricted() ? "*"
        : entry.columns().stream().map(c -> sqlName(c.name())).collect(Collectors.joining(", "));
    return "SELECT " + columns + "\nFROM " + entry.dataset().trinoName() + "\nLIMIT 100";
  }

  private static String sqlName(String name) {
    return PLAIN_NAME.matcher(name).matches() ? name : PreparedSql.quote(name);
  }

  @PostMapping("/espace/sql")
  String run(Subject me, @RequestParam(name = "sql", defaultValue = "") String sql,
      @RequestParam(name = "decalage", defaultValue = "0") long offset,
      @RequestParam(name = "run", required = false) String runId, Model model, HttpServletResponse response) {
    SqlConsole.requireConsole(me);
    model.addAttribute("sql", sql);
    prepare(me, model);
    try {
      SqlConsole.Result result = console.run(me, sql, offset, runId);
      List<List<String>> rows = new ArrayList<>();
      for (Object[] row : result.rows()) {
        List<String> cells = new ArrayList<>(row.length);
        for (Object value : row) {
          cells.add(Values.display(value));
        }
        rows.add(cells);
      }
      model.addAttribute("result", result);
      model.addAttribute("rows", rows);
      model.addAttribute("ordered", result.sql().toLowerCase(java.util.Locale.ROOT).contains("order by"));
    } catch (QueryException e) {
      response.setStatus(Problems.of(e).getStatus());
      model.addAttribute("error", e.userMessage());
    } catch (RateLimited e) {
      response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
      response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
      model.addAttribute("error", e.getMessage());
    } catch (IllegalArgumentException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("error", e.getMessage());
    }
    return "espace/sql";
  }

  /** Called by the page's script (or a plain form) while the statement runs. */
  @PostMapping("/espace/sql/annuler")
  ResponseEntity<Void> cancel(Subject me, @RequestParam(name = "run", defaultValue = "") String runId,
      @RequestHeader(name = "Accept", defaultValue = "") String accept) {
    boolean cancelled = console.cancel(me, runId);
    if (accept.contains("application/json")) {
      return ResponseEntity.status(cancelled ? HttpStatus.NO_CONTENT : HttpStatus.NOT_FOUND).build();
    }
    return ResponseEntity.status(HttpStatus.SEE_OTHER).location(java.net.URI.create("/espace/sql")).build();
  }

  private void prepare(Subject me, Model model) {
    model.addAttribute("tables", catalogue.search(me, new DatasetQuery(null, null, null, null,
            Set.of(DatasetState.ACTIVE))).stream()
        .filter(InternalCatalogue.Entry::readable)
        .map(e -> new Table(e.dataset().id(), e.dataset().metadata().title(), e.dataset().trinoName()))
        .sorted(Comparator.comparing(Table::trinoName))
        .toList());
    model.addAttribute("run", UUID.randomUUID().toString());
    model.addAttribute("pageSize", console.settings().pageSize());
    model.addAttribute("timeout", console.settings().timeout().toSeconds());
    model.addAttribute("perMinute", console.settings().statementsPerMinute());
  }
}
