package fr.socle.portal.catalogue;

import fr.socle.lakehouse.catalog.Catalogue;
import fr.socle.lakehouse.catalog.DatasetColumn;
import fr.socle.lakehouse.catalog.SnapshotInfo;
import fr.socle.lakehouse.query.QueryException;
import fr.socle.lakehouse.query.TableQuery;
import fr.socle.policies.access.Grant;
import fr.socle.policies.access.ReadScope;
import fr.socle.policies.access.Subject;
import fr.socle.portal.access.AccessRequest;
import fr.socle.portal.access.AccessRequests;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A dataset's page: description, metadata and schema for whoever may know of it; for readers, a paged and sortable
 * preview (of a past version on request), the downloads and the history of versions; for the others, the access
 * request form. Anything the person may not know of is a 404 page.
 */
@Controller
class DatasetPageController {
  static final List<Integer> PAGE_SIZES = List.of(10, 20, 50, 100);

  private final DatasetLookup lookup;
  private final DatasetReads reads;
  private final Catalogue store;
  private final AccessRequests requests;

  DatasetPageController(DatasetLookup lookup, DatasetReads reads, Catalogue store, AccessRequests requests) {
    this.lookup = lookup;
    this.reads = reads;
    this.store = store;
    this.requests = requests;
  }

  @GetMapping("/espace/jeux/{id}")
  String overview(Subject me, @PathVariable String id,
      @RequestParam(name = "page", defaultValue = "1") int page,
      @RequestParam(name = "taille", defaultValue = "20") int size,
      @RequestParam(name = "tri", required = false) @Nullable String sort,
      @RequestParam(name = "ordre", defaultValue = "asc") String order,
      @RequestParam(name = "version", required = false) @Nullable Long version, Model model) {
    DatasetLookup.Opened opened = lookup.open(me, id, version);
    common(model, opened, "apercu");
    if (opened.entry().readable()) {
      preview(me, opened, Math.max(1, page), PAGE_SIZES.contains(size) ? size : 20,
          sort != null && opened.table().column(sort).isPresent() ? sort : null, "desc".equals(order), model);
    }
    if (!opened.entry().scope().unrestricted()) {
      model.addAttribute("pendingRequest", requests.mine(me).stream()
          .filter(r -> r.datasetId().equals(id) && r.status() == AccessRequest.Status.PENDING)
          .findFirst().orElse(null));
    }
    return "espace/jeu";
  }

  @GetMapping("/espace/jeux/{id}/historique")
  String history(Subject me, @PathVariable String id, Model model) {
    DatasetLookup.Opened opened = lookup.openReadable(me, id, null);
    common(model, opened, "historique");
    List<SnapshotInfo> snapshots = store.snapshots(id);
    model.addAttribute("snapshots", snapshots);
    // Row counts of versions are counts of the whole table: only for those who read it whole.
    model.addAttribute("showCounts", opened.entry().scope().unrestricted());
    return "espace/jeu";
  }

  private void preview(Subject me, DatasetLookup.Opened opened, int asked, int size, @Nullable String sort,
      boolean descending, Model model) {
    TableQuery.Direction direction = descending ? TableQuery.Direction.DESC : TableQuery.Direction.ASC;
    model.addAttribute("page", asked);
    model.addAttribute("size", size);
    model.addAttribute("sort", sort);
    model.addAttribute("order", descending ? "desc" : "asc");
    model.addAttribute("pageSizes", PAGE_SIZES);
    try {
      long total = reads.count(me, opened.table(),
          new DatasetReads.Selection(0, size, sort, direction, List.of(), opened.versionId()));
      // a page past the last one (an old link, a hand-typed number) shows the last one
      int page = (int) Math.min(asked, Math.max(1, (total + size - 1) / size));
      model.addAttribute("page", page);
      long offset = (long) (page - 1) * size;
      DatasetReads.Selection selection = new DatasetReads.Selection(offset, size, sort, direction, List.of(),
          opened.versionId());
      DatasetReads.Page rows = reads.page(me, opened.table(), selection);
      List<List<String>> cells = new ArrayList<>();
      for (Object[] row : rows.rows()) {
        List<String> line = new ArrayList<>(row.length);
        for (Object value : row) {
          line.add(Values.display(value));
        }
        cells.add(line);
      }
      model.addAttribute("previewColumns", rows.columns().stream().map(c -> c.name()).toList());
      model.addAttribute("previewRows", cells);
      model.addAttribute("total", total);
      model.addAttribute("from", cells.isEmpty() ? 0 : offset + 1);
      model.addAttribute("to", cells.isEmpty() ? 0 : offset + cells.size());
      model.addAttribute("hasNext", rows.hasMore());
      model.addAttribute("pages", Math.max(1, (total + size - 1) / size));
    } catch (QueryException e) {
      model.addAttribute("previewError", e.userMessage());
    } catch (fr.socle.portal.access.AccessException e) {
      model.addAttribute("previewError", e.getMessage());
    }
  }

  /** What every tab of the page shows: the header, the tabs, the version read. */
  static void common(Model model, DatasetLookup.Opened opened, String tab) {
    InternalCatalogue.Entry entry = opened.entry();
    model.addAttribute("entry", entry);
    model.addAttribute("dataset", entry.dataset());
    model.addAttribute("metadata", entry.dataset().metadata());
    model.addAttribute("columns", entry.columns());
    model.addAttribute("masked", masked(entry.scope(), entry.columns()));
    model.addAttribute("readable", entry.readable());
    model.addAttribute("restricted", entry.scope().access() == ReadScope.Access.GRANTED
        && !entry.scope().unrestricted());
    model.addAttribute("access", entry.scope().access().name().toLowerCase(java.util.Locale.ROOT));
    model.addAttribute("hasMap", opened.table().geo() != null);
    model.addAttribute("version", opened.version());
    model.addAttribute("tab", tab);
  }

  /** Columns shown only because a grant masks the others: they read as empty. */
  static Set<String> masked(ReadScope scope, List<DatasetColumn> columns) {
    if (scope.access() != ReadScope.Access.GRANTED || scope.grants().stream().anyMatch(Grant::allColumns)) {
      return Set.of();
    }
    Set<String> open = new HashSet<>();
    scope.grants().forEach(g -> open.addAll(java.util.Objects.requireNonNull(g.columns())));
    Set<String> masked = new HashSet<>();
    columns.stream().map(DatasetColumn::name).filter(n -> !open.contains(n)).forEach(masked::add);
    return masked;
  }
}
