package fr.socle.portal.explore;

import fr.socle.portal.publicsite.SiteSettings;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Comparator;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The Explore API's documentation: the OpenAPI document and the {@code /api} page with ready-to-copy URLs. */
@Controller
class ApiDocumentationController {
  private final PublishedDatasets datasets;
  private final byte[] openApi;
  private final SiteSettings site;

  ApiDocumentationController(PublishedDatasets datasets, SiteSettings site) throws IOException {
    this.site = site;
    this.datasets = datasets;
    try (InputStream in = new ClassPathResource("fr/socle/portal/explore/openapi.json").getInputStream()) {
      this.openApi = in.readAllBytes();
    }
  }

  @GetMapping({"/api/explore/v2.1/openapi.json", "/api/explore/v2.1/openapi.json/"})
  @ResponseBody
  ResponseEntity<byte[]> openApi() {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic()).body(openApi);
  }

  @GetMapping({"/api", "/api/"})
  String page(Model model) {
    String base = site.origin() + "/api/explore/v2.1";
    PublishedDataset example = datasets.all().stream()
        .min(Comparator.comparing((PublishedDataset d) -> d.geometry() == null).thenComparing(PublishedDataset::datasetId))
        .orElse(null);
    String id = example == null ? "mon-jeu" : example.datasetId();
    String text = example == null ? "nom" : example.fields().stream()
        .filter(f -> f.type() == fr.socle.lakehouse.odsql.FieldType.TEXT).map(PublishedDataset.Field::name)
        .findFirst().orElse("nom");
    model.addAttribute("base", base);
    model.addAttribute("datasetId", id);
    model.addAttribute("textField", text);
    model.addAttribute("geo", example != null && example.geometry() != null);
    return "api";
  }
}
