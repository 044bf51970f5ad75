package fr.socle.portal.publicsite;

import fr.socle.lakehouse.catalog.Licences;
import fr.socle.lakehouse.odsql.FieldType;
import fr.socle.lakehouse.odsql.OutputColumn;
import fr.socle.lakehouse.promotion.AttestationText;
import fr.socle.lakehouse.promotion.ExportFile;
import fr.socle.lakehouse.promotion.Publications;
import fr.socle.lakehouse.promotion.PublishedVersion;
import fr.socle.lakehouse.query.QueryException;
import fr.socle.portal.catalogue.Values;
import fr.socle.portal.explore.ExploreQueries;
import fr.socle.portal.explore.PublishedDataset;
import fr.socle.portal.system.DateFormats;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A published dataset's public page: the overview (description, licence, producer, schema, downloads with sizes,
 * changelog, attestation in plain words), the table, and the API tab with ready-to-copy URLs. The overview and
 * API tabs read the publication record only; the table sends one page query and its count through Trino.
 */
@Controller
class OpenDatasetPageController {
  static final int CHANGELOG_ENTRIES = 20;

  private final OpenDatasetLookup lookup;
  private final Publications publications;
  private final OpenReads reads;
  private final SiteSettings site;

  OpenDatasetPageController(OpenDatasetLookup lookup, Publications publications, OpenReads reads,
      SiteSettings site) {
    this.site = site;
    this.lookup = lookup;
    this.publications = publications;
    this.reads = reads;
  }

  /** A file to download: its format, link, size in bytes (null when made on demand). */
  record Download(String format, String url, @Nullable Long bytes, boolean precomputed) {}

  @GetMapping("/jeux/{id}")
  String overview(@PathVariable String id, Model model) {
    PublishedDataset dataset = lookup.open(id, "apercu", model);
    Optional<PublishedVersion> version = currentVersion(dataset);
    model.addAttribute("licenceUrl", Licences.url(dataset.metadata().licence()));
    model.addAttribute("downloads", downloads(dataset, version.orElse(null)));
    model.addAttribute("changelog", publications.changelog(id).stream().limit(CHANGELOG_ENTRIES).toList());
    model.addAttribute("version", version.orElse(null));
    version.flatMap(v -> publications.attestation(v.attestationId())).ifPresent(a -> {
      model.addAttribute("attestationId", a.id());
      model.addAttribute("attestationText", AttestationText.paragraphs(a));
    });
    return "jeu";
  }

  @GetMapping("/jeux/{id}/api")
  String api(@PathVariable String id, Model model) {
    PublishedDataset dataset = lookup.open(id, "api", model);
    String base = site.origin();
    model.addAttribute("apiUrls", apiUrls(base, dataset));
    model.addAttribute("downloads", downloads(dataset, currentVersion(dataset).orElse(null)).stream()
        .map(d -> new Download(d.format(), base + d.url(), d.bytes(), d.precomputed())).toList());
    return "jeu";
  }

  @GetMapping("/jeux/{id}/tableau")
  String table(@PathVariable String id, @RequestParam(required = false) @Nullable String q,
      @RequestParam(name = "colonne", required = false) @Nullable String column,
      @RequestParam(name = "valeur", required = false) @Nullable String value,
      @RequestParam(name = "tri", required = false) @Nullable String sort,
      @RequestParam(name = "ordre", required = false) @Nullable String order,
      @RequestParam(required = false) @Nullable String page, HttpServletRequest http, Model model)
      throws QueryException {
    PublishedDataset dataset = lookup.open(id, "tableau", model);
    TableRequest request = TableRequest.of(dataset, q, column, value, sort, order, page);
    List<PublishedDataset.Field> columns = TableRequest.columns(dataset);
    model.addAttribute("table", request);
    model.addAttribute("columns", columns);
    ExploreQueries.Page rows = reads.page(http.getRemoteAddr(), dataset, request);
    model.addAttribute("rows", rows.rows().stream().map(row -> cells(rows.columns(), row)).toList());
    model.addAttribute("total", rows.total());
    int pages = (int) Math.max(1, Math.min(TableRequest.MAX_PAGE,
        (rows.total() + TableRequest.PAGE_SIZE - 1) / TableRequest.PAGE_SIZE));
    model.addAttribute("paging", QueryLinks.paging(http, "page", request.page(), pages));
    List<SortLink> sorts = new ArrayList<>();
    for (PublishedDataset.Field field : columns) {
      boolean current = request.sortField() != null && request.sortField().name().equals(field.name());
      boolean nextDescending = current && !request.descending();
      String href = QueryLinks.with(http, "tri", field.name(), "ordre", nextDescending ? "desc" : "asc", "page", null);
      sorts.add(new SortLink(field, href, current ? (request.descending() ? "descending" : "ascending") : "none"));
    }
    model.addAttribute("sorts", sorts);
    return "jeu";
  }

  /** A column header's link: sorts by it, ascending first, then the other way; its current {@code aria-sort}. */
  record SortLink(PublishedDataset.Field field, String href, String ariaSort) {}

  /** A row as the page shows it: date-times (UTC in the Explore API's reads) on the collectivité's clock. */
  private static List<String> cells(List<OutputColumn> columns, @Nullable Object[] row) {
    List<String> cells = new ArrayList<>(row.length);
    for (int i = 0; i < row.length; i++) {
      Object value = row[i];
      if (value instanceof LocalDateTime utc && columns.get(i).type() == FieldType.DATETIME) {
        value = utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(DateFormats.ZONE).toLocalDateTime();
      }
      cells.add(Values.display(value));
    }
    return cells;
  }

  private Optional<PublishedVersion> currentVersion(PublishedDataset dataset) {
    String version = dataset.metadata().version();
    if (version == null) {
      return Optional.empty();
    }
    return publications.version(dataset.datasetId(), Integer.parseInt(version))
        .filter(v -> v.state() == PublishedVersion.State.PUBLISHED);
  }

  /**
   * The precomputed files of the current version (with their sizes: full downloads never reach Trino), then the
   * formats only the Explore API makes (streamed, size unknown beforehand).
   */
  static List<Download> downloads(PublishedDataset dataset, @Nullable PublishedVersion version) {
    List<Download> downloads = new ArrayList<>();
    List<String> precomputed = new ArrayList<>();
    if (version != null) {
      for (ExportFile file : version.exports()) {
        precomputed.add(file.format().code());
        downloads.add(new Download(file.format().code(), "/api/public/publications/" + dataset.datasetId()
            + "/versions/" + version.version() + "/exports/" + file.format().code(), file.bytes(), true));
      }
    }
    for (String format : CatalogueSearch.formats(dataset)) {
      if (!precomputed.contains(format)) {
        downloads.add(new Download(format, exportUrl(dataset, format), null, false));
      }
    }
    return downloads;
  }

  static String exportUrl(PublishedDataset dataset, String format) {
    return "/api/explore/v2.1/catalog/datasets/" + dataset.datasetId() + "/exports/" + format;
  }

  /** A URL of the API tab: what it gives (a message key) and the URL. */
  record ApiUrl(String key, String url) {}

  static List<ApiUrl> apiUrls(String base, PublishedDataset dataset) {
    String root = base + "/api/explore/v2.1/catalog/datasets/" + dataset.datasetId();
    List<ApiUrl> urls = new ArrayList<>();
    urls.add(new ApiUrl("site.api.metadata", root));
    urls.add(new ApiUrl("site.api.records", root + "/records?limit=20"));
    dataset.fields().stream().filter(f -> f.type() == fr.socle.lakehouse.odsql.FieldType.TEXT).findFirst()
        .ifPresent(f -> urls.add(new ApiUrl("site.api.grouped", root + "/records?select="
            + encode("`" + f.name() + "`, count(*) as n") + "&group_by=" + encode("`" + f.name() + "`")
            + "&order_by=" + encode("n desc") + "&limit=10")));
    urls.add(new ApiUrl("site.api.facets", root + "/facets"));
    for (String format : CatalogueSearch.formats(dataset)) {
      urls.add(new ApiUrl("site.api.export." + format, base + exportUrl(dataset, format)));
    }
    return urls;
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
  }
}
