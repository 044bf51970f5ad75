package fr.socle.portal.feeds;

import fr.socle.portal.publicsite.SiteSettings;
import fr.socle.portal.system.Problems;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import org.apache.jena.rdf.model.Model;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The catalogue feeds, public and cacheable five minutes (the catalogue changes at publication only; a retraction
 * reaches harvesters within that delay): DCAT-AP by content negotiation, the SCDL catalogue CSV, the Atom feed,
 * the sitemap. Each answer carries an entity tag and answers 304 to a matching {@code If-None-Match}.
 */
@RestController
class CatalogueFeedsController {
  private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();
  private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=utf-8");
  private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=utf-8");
  private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=utf-8");

  private final CatalogueEntries entries;
  private final SiteSettings settings;

  CatalogueFeedsController(CatalogueEntries entries, SiteSettings settings) {
    this.entries = entries;
    this.settings = settings;
  }

  /** One page of the DCAT-AP catalogue; {@code ?format=ttl|rdf|jsonld} wins over {@code Accept}. */
  @GetMapping(DcatCatalogue.PATH)
  ResponseEntity<?> dcat(@RequestParam(required = false) @Nullable String format,
      @RequestParam(required = false) @Nullable String page,
      @RequestParam(name = "page_size", required = false) @Nullable String pageSize,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept, WebRequest request) {
    Optional<RdfSyntax> syntax;
    if (format != null) {
      syntax = RdfSyntax.ofCode(format);
      if (syntax.isEmpty()) {
        return problem(HttpStatus.BAD_REQUEST, "format-inconnu", "Format inconnu", "format doit être l'un de "
            + Arrays.stream(RdfSyntax.values()).map(RdfSyntax::code).toList());
      }
    } else {
      syntax = RdfSyntax.negotiate(accept);
      if (syntax.isEmpty()) {
        return problem(HttpStatus.NOT_ACCEPTABLE, "format-non-acceptable", "Format non acceptable",
            "le catalogue DCAT est servi en " + Arrays.stream(RdfSyntax.values()).map(s -> s.mediaType().toString())
                .toList() + " ; choisissez-en un par l'en-tête Accept ou le paramètre format");
      }
    }
    List<CatalogueEntry> all = entries.all();
    CataloguePage asked;
    try {
      asked = CataloguePage.of(page, pageSize, all.size());
    } catch (IllegalArgumentException e) {
      return problem(HttpStatus.BAD_REQUEST, "page-invalide", "Page invalide", e.getMessage());
    }
    RdfSyntax chosen = syntax.get();
    Model model = DcatCatalogue.of(site(), asked.of(all), asked);
    String etag = chosen.entityTag(model);
    if (request.checkNotModified(etag)) {
      return notModified(etag);
    }
    byte[] body = bytes(out -> chosen.write(model, out));
    return ok(body, MediaType.parseMediaType(chosen.mediaType() + ";charset=utf-8"), etag);
  }

  @GetMapping("/catalogue/scdl.csv")
  ResponseEntity<?> scdl(WebRequest request) {
    byte[] body = bytes(out -> ScdlCatalogue.write(site(), entries.all(), out));
    return answer(body, CSV, request);
  }

  @GetMapping(AtomFeed.PATH)
  ResponseEntity<?> atom(WebRequest request) {
    byte[] body = bytes(out -> AtomFeed.write(site(), entries.updates(entries.all(), AtomFeed.ENTRIES), out));
    return answer(body, ATOM, request);
  }

  @GetMapping("/sitemap.xml")
  ResponseEntity<?> sitemap(WebRequest request) {
    byte[] body = bytes(out -> Sitemap.write(site(), entries.all(), out));
    return answer(body, XML, request);
  }

  /**
   * Crawlers may read the public site, not the agents' space, the sign-in or the API's endless combinations of
   * parameters; the sitemap lists what is worth indexing.
   */
  @GetMapping(value = "/robots.txt", produces = "text/plain;charset=UTF-8")
  ResponseEntity<String> robots() {
    String body = """
        User-agent: *
        Disallow: /espace/
        Disallow: /oauth2/
        Disallow: /login/
        Disallow: /api/
        Allow: /api/public/
        Sitemap: %s/sitemap.xml
        """.formatted(settings.origin());
    return ResponseEntity.ok().cacheControl(CACHE).body(body);
  }

  private Site site() {
    return new Site(settings.origin(), settings);
  }

  private static ResponseEntity<?> answer(byte[] body, MediaType type, WebRequest request) {
    String etag = "\"" + DigestUtils.md5DigestAsHex(body) + "\"";
    return request.checkNotModified(etag) ? notModified(etag) : ok(body, type, etag);
  }

  private static ResponseEntity<?> notModified(String etag) {
    return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(CACHE).varyBy(HttpHeaders.ACCEPT)
        .build();
  }

  private static ResponseEntity<byte[]> ok(byte[] body, MediaType type, String etag) {
    return ResponseEntity.ok().contentType(type).eTag(etag).cacheControl(CACHE).varyBy(HttpHeaders.ACCEPT)
        .body(body);
  }

  private static ResponseEntity<?> problem(HttpStatus status, String code, String title, String detail) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .cacheControl(CacheControl.noStore()).body(Problems.of(status, code, title, detail));
  }

  private interface Body {
    void write(OutputStream out) throws IOException, XMLStreamException;
  }

  private static byte[] bytes(Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      body.write(out);
    } catch (IOException | XMLStreamException e) {
      throw new IllegalStateException("feed not written", e);
    }
    return out.toByteArray();
  }
}
