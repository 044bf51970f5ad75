package fr.socle.portal.catalogue;

import fr.socle.lakehouse.query.QueryException;
import fr.socle.policies.access.Subject;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Downloads from a dataset's page (signed-in session). The file is streamed from Trino to the response; its
 * headers are sent only once Trino accepted the query, so a refusal is still an error page.
 */
@Controller
class DatasetDownloadController {
  private final DatasetLookup lookup;
  private final DatasetExports exports;

  DatasetDownloadController(DatasetLookup lookup, DatasetExports exports) {
    this.lookup = lookup;
    this.exports = exports;
  }

  @GetMapping("/espace/jeux/{id}/telechargement/{format}")
  void download(Subject me, @PathVariable String id, @PathVariable String format,
      @RequestParam(name = "separateur", defaultValue = ",") String separator,
      @RequestParam(name = "version", required = false) @Nullable Long version, HttpServletResponse response)
      throws QueryException {
    ExportFormat exportFormat = ExportFormat.parse(format).orElseThrow(() ->
        new fr.socle.portal.access.AccessException(fr.socle.portal.access.AccessException.Code.NOT_FOUND,
            "format de téléchargement inconnu : " + format));
    DatasetLookup.Opened opened = lookup.openReadable(me, id, version);
    stream(response, () -> exports.export(me, opened.table(), new DatasetExports.Options(exportFormat,
        separator(separator), opened.versionId(), "portail"), streamTo(response)));
  }

  interface Export {
    void run() throws QueryException;
  }

  /**
   * Runs an export into the response. If it fails before anything went out, what it buffered is dropped so that
   * the error answer stands alone; after, the error handlers let the server cut the connection.
   */
  static void stream(HttpServletResponse response, Export export) throws QueryException {
    try {
      export.run();
    } catch (QueryException | RuntimeException e) {
      if (!response.isCommitted()) {
        response.reset();
      }
      throw e;
    }
  }

  static char separator(String text) {
    return switch (text) {
      case ",", "virgule", "comma" -> ',';
      case ";", "point-virgule", "semicolon" -> ';';
      default -> throw new IllegalArgumentException("séparateur accepté : « , » ou « ; »");
    };
  }

  static DatasetExports.Target streamTo(HttpServletResponse response) {
    return (contentType, fileName) -> {
      response.setContentType(contentType);
      response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
          ContentDisposition.attachment().filename(fileName).build().toString());
      response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
      return response.getOutputStream();
    };
  }
}
