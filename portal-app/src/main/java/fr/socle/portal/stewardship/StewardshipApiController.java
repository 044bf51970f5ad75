package fr.socle.portal.stewardship;

import fr.socle.lakehouse.catalog.Dataset;
import fr.socle.lakehouse.catalog.Erasure;
import fr.socle.policies.access.RowFilter;
import fr.socle.policies.access.Subject;
import fr.socle.policies.access.Visibility;
import fr.socle.portal.access.AccessException;
import fr.socle.portal.feeds.MetadataVocabularies;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The stewardship API: edit, set visibility, archive, restore, rename, delete, erase rows. */
@RestController
class StewardshipApiController {
  private final Stewardship stewardship;

  StewardshipApiController(Stewardship stewardship) {
    this.stewardship = stewardship;
  }

  record MetadataBody(int version, String title, @Nullable String description, @Nullable String theme,
      @Nullable List<String> keywords, @Nullable String licence, @Nullable String update_frequency,
      @Nullable String spatial_coverage, @Nullable String temporal_start, @Nullable String temporal_end,
      @Nullable String scdl_schema) {}

  record VisibilityBody(int version, String visibility, @Nullable Boolean partners) {}

  record RenameBody(String domain, String table) {}

  record Filter(String column, String operator, @Nullable List<String> values) {}

  record ErasureBody(List<Filter> filters, String reason) {}

  @PutMapping("/api/v1/datasets/{id}/metadata")
  Map<String, Object> edit(Subject me, @PathVariable String id, @RequestBody MetadataBody body) {
    Dataset current = stewardship.stewarded(me, id);
    Dataset.Metadata before = current.metadata();
    String theme = blankToNull(body.theme());
    if (theme != null && !MetadataVocabularies.isTheme(theme)) {
      throw new AccessException(AccessException.Code.INVALID, "thème inconnu : « " + theme + " » (un des thèmes de"
          + " données de l'Union européenne, par exemple « Économie et finances » ou « Régions et villes »)");
    }
    String frequency = blankToNull(body.update_frequency());
    if (frequency != null && !MetadataVocabularies.isFrequency(frequency)) {
      throw new AccessException(AccessException.Code.INVALID, "fréquence de mise à jour inconnue : « " + frequency
          + " » (par exemple « quotidienne », « mensuelle », « annuelle », « irrégulière »)");
    }
    Dataset.Metadata metadata = new Dataset.Metadata(body.title(),
        body.description() == null ? "" : body.description(), before.producerService(), before.steward(),
        theme, keywords(body.keywords()), body.licence() == null ? before.licence() : body.licence(), frequency,
        body.spatial_coverage(), date(body.temporal_start()), date(body.temporal_end()), body.scdl_schema());
    return view(stewardship.edit(me, id, metadata, body.version()));
  }

  @PutMapping("/api/v1/datasets/{id}/visibility")
  Map<String, Object> visibility(Subject me, @PathVariable String id, @RequestBody VisibilityBody body) {
    return view(stewardship.visibility(me, id, Visibility.fromCode(body.visibility()),
        Boolean.TRUE.equals(body.partners()), body.version()));
  }

  @PostMapping("/api/v1/datasets/{id}/archive")
  Map<String, Object> archive(Subject me, @PathVariable String id) {
    return view(stewardship.archive(me, id));
  }

  @PostMapping("/api/v1/datasets/{id}/restore")
  Map<String, Object> restore(Subject me, @PathVariable String id) {
    return view(stewardship.restore(me, id));
  }

  @PostMapping("/api/v1/datasets/{id}/rename")
  Map<String, Object> rename(Subject me, @PathVariable String id, @RequestBody RenameBody body) {
    return view(stewardship.rename(me, id, body.domain(), body.table()));
  }

  @DeleteMapping("/api/v1/datasets/{id}")
  ResponseEntity<Void> delete(Subject me, @PathVariable String id,
      @RequestParam(name = "confirm", defaultValue = "") String confirmation) {
    stewardship.delete(me, id, confirmation);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/v1/datasets/{id}/erasures")
  Map<String, Object> erase(Subject me, @PathVariable String id, @RequestBody ErasureBody body) {
    List<RowFilter> filters = body.filters() == null ? List.of() : body.filters().stream()
        .map(f -> {
          try {
            return new RowFilter(f.column(), RowFilter.Operator.parse(f.operator()),
                f.values() == null ? List.of() : f.values());
          } catch (RuntimeException e) {
            throw new AccessException(AccessException.Code.INVALID, "filtre invalide sur « " + f.column() + " » : "
                + e.getMessage());
          }
        })
        .toList();
    Erasure.Outcome outcome = stewardship.erase(me, id, filters, body.reason());
    return Map.of("rows_erased", outcome.rowsErased(), "snapshots_left", outcome.snapshotsLeft());
  }

  private static Map<String, Object> view(Dataset d) {
    return Map.of("id", d.id(), "table", d.trinoName(), "title", d.metadata().title(), "state", d.state().code(),
        "visibility", d.visibility().code(), "partners", d.discoverableByPartners(), "version", d.version());
  }

  /** Keywords as a catalogue lists them: trimmed, without blanks or repeats (whatever their case), 80 characters. */
  static List<String> keywords(@Nullable List<String> given) {
    java.util.Map<String, String> kept = new java.util.LinkedHashMap<>();
    for (String keyword : given == null ? List.<String>of() : given) {
      String k = keyword == null ? "" : keyword.strip();
      if (k.length() > 80) {
        throw new AccessException(AccessException.Code.INVALID, "mot-clé trop long (80 caractères au plus) : " + k);
      }
      if (!k.isEmpty()) {
        kept.putIfAbsent(k.toLowerCase(java.util.Locale.ROOT), k);
      }
    }
    if (kept.size() > 30) {
      throw new AccessException(AccessException.Code.INVALID, "30 mots-clés au plus");
    }
    return List.copyOf(kept.values());
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static @Nullable LocalDate date(@Nullable String text) {
    try {
      return text == null || text.isBlank() ? null : LocalDate.parse(text);
    } catch (RuntimeException e) {
      throw new AccessException(AccessException.Code.INVALID, "date invalide (AAAA-MM-JJ) : " + text);
    }
  }
}
