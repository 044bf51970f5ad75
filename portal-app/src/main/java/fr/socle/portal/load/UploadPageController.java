package fr.socle.portal.load;

import fr.socle.lakehouse.catalog.CatalogException;
import fr.socle.lakehouse.catalog.Catalogue;
import fr.socle.lakehouse.catalog.Dataset;
import fr.socle.lakehouse.catalog.DatasetState;
import fr.socle.lakehouse.catalog.NewDataset;
import fr.socle.lakehouse.ingest.ColumnType;
import fr.socle.lakehouse.ingest.FileInspection;
import fr.socle.lakehouse.ingest.Ingestion;
import fr.socle.lakehouse.ingest.IngestionException;
import fr.socle.lakehouse.ingest.LoadMode;
import fr.socle.lakehouse.ingest.ReadOptions;
import fr.socle.lakehouse.ingest.SourceFormat;
import fr.socle.lakehouse.load.LoadRequest;
import fr.socle.lakehouse.schema.SchemaRegistry;
import fr.socle.policies.access.Role;
import fr.socle.policies.access.Subject;
import fr.socle.policies.access.Visibility;
import fr.socle.portal.access.AccessException;
import fr.socle.portal.access.Grants;
import fr.socle.portal.lakehouse.LakehouseSettings;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * The upload pages: create a dataset from a file (the file is read once to show the inferred columns, whose types
 * the agent may correct, then loaded), append to or replace a dataset (its steward or a data officer), and follow a
 * load's progress until its result or its validation report. Uploaded files are kept by an id held in the session,
 * never found again from a path the request names.
 */
@Controller
@Profile("!cli")
class UploadPageController {
  private static final String SESSION_UPLOADS = "socle.uploads";
  private static final String SESSION_STARTED = "socle.uploads.started";

  private final Ingestion ingestion;
  private final Catalogue catalogue;
  private final UploadJobs jobs;
  private final Path uploads;
  private final MessageSource messages;

  UploadPageController(Ingestion ingestion, Catalogue catalogue, UploadJobs jobs, LakehouseSettings settings,
      MessageSource messages) throws IOException {
    this.ingestion = ingestion;
    this.catalogue = catalogue;
    this.jobs = jobs;
    this.messages = messages;
    this.uploads = settings.dataDir().resolve("uploads");
    Files.createDirectories(uploads);
  }

  /** A file kept between the analysis and the load. */
  record Upload(Path file, String name) implements java.io.Serializable {}

  @GetMapping("/espace/depot")
  String form(Subject me, Model model) {
    requireAgent(me);
    model.addAttribute("services", me.has(Role.DATA_OFFICER) ? List.of() : me.services().stream().sorted().toList());
    model.addAttribute("schemas", SchemaRegistry.NAMES);
    return "espace/depot";
  }

  @PostMapping("/espace/depot")
  String analyse(Subject me, @RequestParam("fichier") MultipartFile file, @RequestParam Map<String, String> form,
      HttpSession session, Model model, Locale locale) throws IOException {
    requireAgent(me);
    model.addAttribute("form", form);
    model.addAttribute("schemas", SchemaRegistry.NAMES);
    model.addAttribute("services", me.services().stream().sorted().toList());
    if (file.isEmpty()) {
      model.addAttribute("error", messages.getMessage("upload.invalid.empty", null, locale));
      return "espace/depot";
    }
    Optional<ReadChoice> choice = readChoice(form);
    if (choice.isEmpty()) {
      model.addAttribute("error", messages.getMessage("upload.invalid.options", null, locale));
      return "espace/depot";
    }
    String uploadId = UUID.randomUUID().toString();
    Path stored = store(file, uploadId);
    try {
      FileInspection inspection = ingestion.inspect(stored, choice.get().format(), choice.get().options());
      uploads(session).put(uploadId, new Upload(stored, safeName(file.getOriginalFilename())));
      model.addAttribute("uploadId", uploadId);
      model.addAttribute("inspection", inspection);
      model.addAttribute("types", ColumnType.values());
      model.addAttribute("fileName", safeName(file.getOriginalFilename()));
      return "espace/depot-colonnes";
    } catch (IngestionException refused) {
      deleteUpload(stored);
      model.addAttribute("error", refused.message(locale));
      return "espace/depot";
    } catch (RuntimeException e) {
      deleteUpload(stored);
      throw e;
    }
  }

  @PostMapping("/espace/depot/{uploadId}/charger")
  String create(Subject me, @PathVariable String uploadId, @RequestParam Map<String, String> form,
      HttpSession session) {
    requireAgent(me);
    // The upload is claimed before anything starts: a second click on « Charger » follows the first one's load
    // instead of starting another (which failed on the table the first had just created, leaving its files).
    String started = started(session).get(uploadId);
    if (started != null) {
      return "redirect:/espace/depot/suivi/" + started;
    }
    Upload upload = upload(session, uploadId);
    if (uploads(session).remove(uploadId) == null) {
      String other = started(session).get(uploadId);
      return other == null ? "redirect:/espace/depot" : "redirect:/espace/depot/suivi/" + other;
    }
    try {
      String jobId = createJob(me, upload, form);
      started(session).put(uploadId, jobId);
      return "redirect:/espace/depot/suivi/" + jobId;
    } catch (RuntimeException refused) {
      uploads(session).put(uploadId, upload);
      throw refused;
    }
  }

  private String createJob(Subject me, Upload upload, Map<String, String> form) {
    String service = form.getOrDefault("service", "");
    if (!me.has(Role.DATA_OFFICER) && !me.services().contains(service)) {
      throw AccessException.invalid("upload.invalid.service");
    }
    String title = required(form, "titre", "upload.invalid.title");
    // The table lives in the producing service's schema, named after the title: never where the form says, which
    // would let an agent write into another service's schema and learn, from a name clash, what it holds.
    String domain = service.replace('-', '_');
    String table = catalogue.freeTableName(domain, title);
    String schema = blank(form.get("schema"));
    Dataset.Metadata metadata = new Dataset.Metadata(title, form.getOrDefault("description", ""), service, me.user(),
        blank(form.get("theme")), keywords(form.get("motscles")), "etalab-2.0", null, null, null, null, schema);
    Visibility visibility = Visibility.fromCode(form.getOrDefault("visibilite", "confidential"));
    NewDataset dataset = new NewDataset(null, domain, table, metadata, visibility, false);
    return jobs.create(me.user(), dataset, new LoadRequest(upload.file(), upload.name(), format(form), read(form),
        overrides(form), schema));
  }

  @GetMapping("/espace/jeux/{id}/depot")
  String loadForm(Subject me, @PathVariable String id, Model model) {
    model.addAttribute("dataset", stewarded(me, id));
    model.addAttribute("schemas", SchemaRegistry.NAMES);
    return "espace/depot-jeu";
  }

  @PostMapping("/espace/jeux/{id}/depot")
  String load(Subject me, @PathVariable String id, @RequestParam("fichier") MultipartFile file,
      @RequestParam Map<String, String> form, Model model, Locale locale) throws IOException {
    Dataset dataset = stewarded(me, id);
    if (file.isEmpty()) {
      model.addAttribute("dataset", dataset);
      model.addAttribute("error", messages.getMessage("upload.invalid.empty", null, locale));
      return "espace/depot-jeu";
    }
    LoadMode mode = "replace".equals(form.get("mode")) ? LoadMode.REPLACE : LoadMode.APPEND;
    Optional<ReadChoice> choice = readChoice(form);
    if (choice.isEmpty()) {
      model.addAttribute("dataset", dataset);
      model.addAttribute("error", messages.getMessage("upload.invalid.options", null, locale));
      return "espace/depot-jeu";
    }
    Path stored = store(file, UUID.randomUUID().toString());
    String jobId = jobs.load(me.user(), dataset.id(), mode, new LoadRequest(stored,
        safeName(file.getOriginalFilename()), choice.get().format(), choice.get().options(), Map.of(),
        dataset.metadata().scdlSchema()));
    return "redirect:/espace/depot/suivi/" + jobId;
  }

  @GetMapping("/espace/depot/suivi/{jobId}")
  String follow(Subject me, @PathVariable String jobId,
      @RequestParam(name = "auto", defaultValue = "true") boolean auto, Model model) {
    model.addAttribute("auto", auto);
    UploadJobs.Job job = jobs.find(jobId, me.user())
        .orElseThrow(() -> new AccessException(AccessException.Code.NOT_FOUND, "chargement introuvable"));
    model.addAttribute("job", job);
    return "espace/depot-suivi";
  }

  /**
   * Where a load stands, for the progress page's script: it updates the bar in place every two seconds rather than
   * reload the page (a reload moves a screen reader back to the top), and reloads once when the load is over.
   */
  @GetMapping(path = "/espace/depot/suivi/{jobId}/etat", produces = "application/json")
  @ResponseBody
  Map<String, Object> state(Subject me, @PathVariable String jobId, Locale locale) {
    UploadJobs.Job job = jobs.find(jobId, me.user())
        .orElseThrow(() -> new AccessException(AccessException.Code.NOT_FOUND, "chargement introuvable"));
    return Map.of("done", job.done(), "percent", job.percent(), "counts", messages.getMessage(
        "upload.follow.counts", new Object[] {job.percent(), job.rowsWritten()}, locale));
  }

  private Dataset stewarded(Subject me, String id) {
    Dataset dataset = catalogue.find(id).filter(d -> d.state() != DatasetState.DELETED)
        .orElseThrow(() -> new AccessException(AccessException.Code.NOT_FOUND, "jeu de données introuvable"));
    if (!Grants.decidesOn(me, dataset)) {
      throw new AccessException(AccessException.Code.NOT_FOUND, "jeu de données introuvable");
    }
    if (dataset.state() != DatasetState.ACTIVE) {
      throw new CatalogException(CatalogException.Code.NOT_ACTIVE, "le jeu de données est archivé : aucun chargement");
    }
    return dataset;
  }

  /**
   * Files analysed but never loaded (a page left, a session expired) would stay on disk forever: every hour, an
   * upload folder untouched for a day goes. A load deletes its own file when it ends, however it ends.
   */
  @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
  void sweepAbandonedUploads() {
    int swept = sweep(uploads, Instant.now().minus(Duration.ofDays(1)));
    if (swept > 0) {
      LoggerFactory.getLogger(UploadPageController.class).info("{} abandoned upload(s) deleted", swept);
    }
  }

  /** Deletes the upload folders (and their files) last changed before {@code before}; how many went. */
  static int sweep(Path uploads, Instant before) {
    int swept = 0;
    try (DirectoryStream<Path> folders = Files.newDirectoryStream(uploads)) {
      for (Path folder : folders) {
        try {
          if (Files.isDirectory(folder) && Files.getLastModifiedTime(folder).toInstant().isBefore(before)
              && newestIn(folder).isBefore(before)) {
            deleteUpload(folder);
            swept++;
          }
        } catch (IOException e) {
          LoggerFactory.getLogger(UploadPageController.class).warn("upload folder {} not swept: {}", folder,
              e.toString());
        }
      }
    } catch (IOException e) {
      LoggerFactory.getLogger(UploadPageController.class).warn("uploads not swept: {}", e.toString());
    }
    return swept;
  }

  private static Instant newestIn(Path folder) throws IOException {
    Instant newest = Instant.EPOCH;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path file : files) {
        Instant changed = Files.getLastModifiedTime(file).toInstant();
        newest = changed.isAfter(newest) ? changed : newest;
      }
    }
    return newest;
  }

  /** A stored file with its folder (or a folder with its file). */
  private static void deleteUpload(Path fileOrFolder) throws IOException {
    Path folder = Files.isDirectory(fileOrFolder) ? fileOrFolder : fileOrFolder.getParent();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path file : files) {
        Files.deleteIfExists(file);
      }
    }
    Files.deleteIfExists(folder);
  }

  private Path store(MultipartFile file, String id) throws IOException {
    Path dir = uploads.resolve(id);
    Files.createDirectories(dir);
    Path target = dir.resolve("fichier" + extension(file.getOriginalFilename()));
    try (InputStream in = file.getInputStream()) {
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
    return target;
  }

  /** This session's uploads analysed but not loaded yet: upload id → file. */
  private static Map<String, Upload> uploads(HttpSession session) {
    return sessionMap(session, SESSION_UPLOADS);
  }

  /** The loads started from this session's uploads: upload id → job id. */
  private static Map<String, String> started(HttpSession session) {
    return sessionMap(session, SESSION_STARTED);
  }

  @SuppressWarnings("unchecked")
  private static <V> Map<String, V> sessionMap(HttpSession session, String name) {
    Object value = session.getAttribute(name);
    if (value instanceof Map<?, ?> map) {
      return (Map<String, V>) map;
    }
    Map<String, V> map = new java.util.concurrent.ConcurrentHashMap<>();
    session.setAttribute(name, map);
    return map;
  }

  private static Upload upload(HttpSession session, String id) {
    Upload upload = uploads(session).get(id);
    if (upload == null || !Files.exists(upload.file())) {
      throw new AccessException(AccessException.Code.NOT_FOUND, "fichier déposé introuvable : recommencez le dépôt");
    }
    return upload;
  }

  /** How the file is to be read, as the form says; empty when an option is not valid (a format, a charset...). */
  private static Optional<ReadChoice> readChoice(Map<String, String> form) {
    try {
      return Optional.of(new ReadChoice(format(form), read(form)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private record ReadChoice(@Nullable SourceFormat format, ReadOptions options) {}

  static @Nullable SourceFormat format(Map<String, String> form) {
    String value = blank(form.get("format"));
    return value == null ? null : SourceFormat.valueOf(value.toUpperCase(Locale.ROOT));
  }

  static ReadOptions read(Map<String, String> form) {
    ReadOptions read = ReadOptions.DEFAULTS;
    String charset = blank(form.get("encodage"));
    if (charset != null) {
      read = read.withCharset(Charset.forName(charset));
    }
    String delimiter = blank(form.get("separateur"));
    if (delimiter != null) {
      read = read.withDelimiter("tab".equals(delimiter) ? '\t' : delimiter.charAt(0));
    }
    String sheet = blank(form.get("feuille"));
    if (sheet != null) {
      read = read.withSheet(sheet);
    }
    String headerRows = blank(form.get("lignesEntete"));
    if (headerRows != null) {
      read = read.withHeaderRows(Integer.parseInt(headerRows));
    }
    String reproject = blank(form.get("projection"));
    if (reproject != null) {
      read = read.withReprojectFrom(reproject);
    }
    return read;
  }

  /** Fields {@code type.<column>} of the columns step: the types the agent changed. */
  private static Map<String, ColumnType> overrides(Map<String, String> form) {
    Map<String, ColumnType> overrides = new LinkedHashMap<>();
    form.forEach((key, value) -> {
      if (key.startsWith("type.") && !value.isBlank()) {
        overrides.put(key.substring("type.".length()), ColumnType.parse(value));
      }
    });
    return overrides;
  }

  private static List<String> keywords(@Nullable String text) {
    List<String> keywords = new ArrayList<>();
    if (text != null) {
      for (String word : text.split(",")) {
        if (!word.isBlank()) {
          keywords.add(word.strip());
        }
      }
    }
    return keywords;
  }

  private static void requireAgent(Subject me) {
    if (!me.has(Role.AGENT) && !me.has(Role.DATA_OFFICER)) {
      throw new AccessException(AccessException.Code.NOT_FOUND, "page introuvable");
    }
  }

  private static String required(Map<String, String> form, String field, String messageKey) {
    String value = blank(form.get(field));
    if (value == null) {
      throw AccessException.invalid(messageKey);
    }
    return value;
  }

  private static @Nullable String blank(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  static String safeName(@Nullable String name) {
    if (name == null || name.isBlank()) {
      return "fichier";
    }
    // « / » or « C:\ » has no file name: the default one then
    Path file = Path.of(name.replace('\\', '/')).getFileName();
    String base = file == null ? "" : file.toString().replaceAll("[\\p{Cntrl}]", "").strip();
    return base.isEmpty() ? "fichier" : base;
  }

  private static String extension(@Nullable String name) {
    String safe = safeName(name).toLowerCase(Locale.ROOT);
    int dot = safe.lastIndexOf('.');
    String ext = dot < 0 ? "" : safe.substring(dot);
    return ext.matches("\\.(csv|tsv|txt|xlsx|geojson|json|parquet)") ? ext : "";
  }
}
