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
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.AbstractResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

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

  /**
   * A precomputed export of a version: {@code Range} (Spring cuts the regions out of the resource), {@code ETag}
   * (its SHA-256) and {@code Last-Modified} (the version's publication) with conditional requests. Caches may keep
   * it five minutes only: a retraction for a leak must stop serving it everywhere soon.
   */
  @GetMapping("/api/public/publications/{id}/versions/{version}/exports/{format}")
  @Nullable ResponseEntity<?> download(@PathVariable String id, @PathVariable int version,
      @PathVariable String format, WebRequest request, jakarta.servlet.http.HttpServletResponse response)
      throws java.io.IOException {
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
    Optional<PublishedVersion> published = publications.version(id, version)
        .filter(v -> v.state() == PublishedVersion.State.PUBLISHED);
    Optional<ExportFile> file = published.flatMap(v -> v.exports().stream().filter(e -> e.format() == wanted)
        .findFirst());
    if (file.isEmpty()) {
      return notFound();
    }
    ExportFile export = file.get();
    String etag = "\"" + export.sha256() + "\"";
    long lastModified = published.get().publishedAt().toEpochMilli();
    if (request.checkNotModified(etag, lastModified)) {
      return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
    }
    String fileName = id + "-v" + version + "." + export.format().extension();
    ExportResource resource = new ExportResource(open, export, fileName);
    ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(export.format().mediaType()))
        .eTag(etag)
        .lastModified(lastModified)
        .header("Accept-Ranges", "bytes")
        .header("Digest", "sha-256=" + export.sha256())
        .header("Content-Disposition", ContentDisposition.attachment().filename(fileName).build().toString())
        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic());
    if (!rangeStillValid(request.getHeader("If-Range"), etag, lastModified)) {
      // the client's part is of another file: the whole file, not a range of this one (RFC 9110, 13.1.5), written
      // here since Spring would cut the range out of a resource
      answer.build().getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
      response.setStatus(HttpStatus.OK.value());
      response.setContentLengthLong(export.bytes());
      try (java.io.InputStream in = resource.getInputStream()) {
        in.transferTo(response.getOutputStream());
      }
      return null;
    }
    return answer.body(resource);
  }

  /** Whether a range may be served: no {@code If-Range}, or one naming this file (its ETag, or a date not before it). */
  static boolean rangeStillValid(@Nullable String ifRange, String etag, long lastModifiedMillis) {
    if (ifRange == null || ifRange.isBlank()) {
      return true;
    }
    String value = ifRange.strip();
    if (value.startsWith("\"") || value.startsWith("W/")) {
      return value.equals(etag);
    }
    try {
      long date = java.time.ZonedDateTime.parse(value, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
          .toInstant().toEpochMilli();
      return lastModifiedMillis / 1000 <= date / 1000;
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }

  /** An export file in the open tier's storage (local folder or object storage), read through Iceberg's FileIO. */
  private static final class ExportResource extends AbstractResource {
    private final Tier open;
    private final ExportFile export;
    private final String fileName;

    ExportResource(Tier open, ExportFile export, String fileName) {
      this.open = open;
      this.export = export;
      this.fileName = fileName;
    }

    @Override
    public InputStream getInputStream() throws IOException {
      return ExportStorage.open(open.io(), export.location());
    }

    @Override
    public long contentLength() {
      return export.bytes();
    }

    @Override
    public String getFilename() {
      return fileName;
    }

    @Override
    public String getDescription() {
      return "export " + export.format().extension() + " " + fileName;
    }
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
    version.put("snapshotId", Long.toString(v.snapshotId())); // 63 bits: a JavaScript number would round it
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
