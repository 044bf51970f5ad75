package fr.socle.portal.publication;

import fr.socle.lakehouse.iceberg.Tier;
import fr.socle.lakehouse.promotion.Attestation;
import fr.socle.lakehouse.promotion.AttestationText;
import fr.socle.lakehouse.promotion.ChangeEntry;
import fr.socle.lakehouse.promotion.ExportFile;
import fr.socle.lakehouse.promotion.ExportStorage;
import fr.socle.lakehouse.promotion.Publications;
import fr.socle.lakehouse.promotion.PublishedDataset;
import fr.socle.lakehouse.promotion.PublishedVersion;
import fr.socle.portal.system.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public side of the open tier's versions: what is published (versions, exports with size and SHA-256), the
 * precomputed exports themselves (full downloads never reach Trino), the attestations in plain French and the
 * changelog. Every answer checks the publication state first: a retracted dataset answers 410 with its tombstone
 * (date and reason category), its files are never served, at any version.
 */
@RestController
class OpenDownloadsApiController {
  private final Publications publications;
  private final Tier open;

  OpenDownloadsApiController(Publications publications, @Qualifier("open") Tier open) {
    this.publications = publications;
    this.open = open;
  }

  @GetMapping("/api/public/publications/{id}")
  ResponseEntity<?> publication(@PathVariable String id) {
    PublishedDataset dataset = publications.find(id).orElse(null);
    if (dataset == null || dataset.state() == PublishedDataset.State.NEW) {
      return notFound();
    }
    if (!dataset.isPublic()) {
      return gone(dataset);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", dataset.id());
    body.put("table", dataset.openName());
    body.put("currentVersion", dataset.currentVersion());
    body.put("updatedAt", dataset.updatedAt());
    body.put("versions", publications.versions(id).stream()
        .filter(v -> v.state() == PublishedVersion.State.PUBLISHED).map(v -> version(id, v)).toList());
    body.put("changelog", "/api/public/publications/" + id + "/changelog");
    return ResponseEntity.ok(body);
  }

  @GetMapping("/api/public/publications/{id}/changelog")
  ResponseEntity<?> changelog(@PathVariable String id) {
    Optional<PublishedDataset> dataset = publications.find(id)
        .filter(d -> d.state() != PublishedDataset.State.NEW);
    if (dataset.isEmpty()) {
      return notFound();
    }
    List<ChangeEntry> entries = publications.changelog(id);
    return ResponseEntity.ok(Map.of("id", id, "state", dataset.get().state().code(), "entries", entries));
  }

  @GetMapping("/api/public/publications/{id}/versions/{version}/exports/{format}")
  ResponseEntity<?> download(@PathVariable String id, @PathVariable int version, @PathVariable String format,
      HttpServletResponse response) throws IOException {
    PublishedDataset dataset = publications.find(id).orElse(null);
    if (dataset == null || dataset.state() == PublishedDataset.State.NEW) {
      return notFound();
    }
    if (!dataset.isPublic()) {
      return gone(dataset);
    }
    ExportFile.Format wanted;
    try {
      wanted = ExportFile.Format.fromCode(format);
    } catch (IllegalArgumentException e) {
      return notFound();
    }
    Optional<ExportFile> file = publications.version(id, version)
        .filter(v -> v.state() == PublishedVersion.State.PUBLISHED)
        .flatMap(v -> v.exports().stream().filter(e -> e.format() == wanted).findFirst());
    if (file.isEmpty()) {
      return notFound();
    }
    ExportFile export = file.get();
    response.setStatus(HttpStatus.OK.value());
    response.setContentType(export.format().mediaType());
    response.setContentLengthLong(export.bytes());
    response.setHeader("Content-Disposition", "attachment; filename=\"" + id + "-v" + version + "."
        + export.format().extension() + "\"");
    response.setHeader("ETag", "\"" + export.sha256() + "\"");
    response.setHeader("Digest", "sha-256=" + export.sha256());
    try (InputStream in = ExportStorage.open(open.io(), export.location());
        OutputStream out = response.getOutputStream()) {
      in.transferTo(out);
    }
    return null;
  }

  @GetMapping("/api/public/attestations/{id}")
  ResponseEntity<?> attestation(@PathVariable UUID id) {
    Optional<Attestation> attestation = publicAttestation(publications, id);
    if (attestation.isEmpty()) {
      return notFound();
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("attestation", attestation.get());
    body.put("texte", AttestationText.paragraphs(attestation.get()));
    return ResponseEntity.ok(body);
  }

  /** An attestation the public may read: its dataset is published and its version not retracted. */
  static Optional<Attestation> publicAttestation(Publications publications, UUID id) {
    return publications.attestation(id).filter(a -> publications.isPublic(a.publicationId())
        && publications.version(a.publicationId(), a.version())
            .map(v -> v.state() == PublishedVersion.State.PUBLISHED).orElse(false));
  }

  private static Map<String, Object> version(String id, PublishedVersion v) {
    Map<String, Object> version = new LinkedHashMap<>();
    version.put("version", v.version());
    version.put("snapshotId", v.snapshotId());
    version.put("publishedAt", v.publishedAt());
    version.put("rows", v.rows());
    version.put("attestation", "/api/public/attestations/" + v.attestationId());
    version.put("exports", v.exports().stream().map(e -> Map.of("format", e.format().code(), "bytes", e.bytes(),
        "sha256", e.sha256(), "url", "/api/public/publications/" + id + "/versions/" + v.version() + "/exports/"
            + e.format().code())).toList());
    return version;
  }

  private static ResponseEntity<?> notFound() {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.of(HttpStatus.NOT_FOUND, "introuvable",
        "Introuvable", "ce jeu de données n'est pas publié"));
  }

  private static ResponseEntity<?> gone(PublishedDataset dataset) {
    PublishedDataset.Tombstone tombstone = dataset.tombstone();
    ProblemDetail problem = Problems.of(HttpStatus.GONE, "publication-retiree", "Publication retirée",
        "ce jeu de données a été retiré de la publication" + (tombstone == null ? ""
            : " le " + fr.socle.portal.notification.Notifications.date(tombstone.at()) + " ("
                + tombstone.reason().label() + ")"));
    if (tombstone != null) {
      problem.setProperty("retractedAt", tombstone.at());
      problem.setProperty("reason", tombstone.reason().code());
    }
    return ResponseEntity.status(HttpStatus.GONE).body(problem);
  }

}
