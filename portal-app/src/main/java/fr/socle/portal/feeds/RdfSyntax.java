package fr.socle.portal.feeds;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.DigestUtils;

/** The syntaxes of the DCAT feed, chosen by {@code ?format=} or else by the {@code Accept} header. */
enum RdfSyntax {
  TURTLE("ttl", "text/turtle", RDFFormat.TURTLE_PRETTY),
  RDF_XML("rdf", "application/rdf+xml", RDFFormat.RDFXML),
  JSON_LD("jsonld", "application/ld+json", RDFFormat.JSONLD);

  private final String code;
  private final MediaType mediaType;
  private final RDFFormat format;

  RdfSyntax(String code, String mediaType, RDFFormat format) {
    this.code = code;
    this.mediaType = MediaType.parseMediaType(mediaType);
    this.format = format;
  }

  String code() {
    return code;
  }

  MediaType mediaType() {
    return mediaType;
  }

  void write(Model model, OutputStream out) {
    RDFDataMgr.write(out, model, format);
  }

  /**
   * An entity tag for the model in this syntax, from its triples sorted (the model has no blank node, so this is
   * canonical): the JSON-LD writer does not write the same model byte for byte the same each time.
   */
  String entityTag(Model model) {
    ByteArrayOutputStream triples = new ByteArrayOutputStream();
    RDFDataMgr.write(triples, model, RDFFormat.NTRIPLES_UTF8);
    String sorted = triples.toString(StandardCharsets.UTF_8).lines().sorted().collect(Collectors.joining("\n"));
    return "\"" + code + "-" + DigestUtils.md5DigestAsHex(sorted.getBytes(StandardCharsets.UTF_8)) + "\"";
  }

  static Optional<RdfSyntax> ofCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }

  /**
   * The syntax the client prefers among ours: the highest quality first, Turtle for a wildcard or no header,
   * JSON-LD for plain JSON. Empty when the client accepts none of them.
   */
  static Optional<RdfSyntax> negotiate(@Nullable String accept) {
    if (accept == null || accept.isBlank()) {
      return Optional.of(TURTLE);
    }
    List<MediaType> accepted;
    try {
      accepted = new ArrayList<>(MediaType.parseMediaTypes(accept));
    } catch (InvalidMediaTypeException e) {
      return Optional.empty();
    }
    accepted.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
    for (MediaType wanted : accepted) {
      if (wanted.getQualityValue() <= 0) {
        continue;
      }
      if (wanted.equalsTypeAndSubtype(MediaType.APPLICATION_JSON)) {
        return Optional.of(JSON_LD);
      }
      Optional<RdfSyntax> found = Arrays.stream(values()).filter(s -> wanted.includes(s.mediaType)).findFirst();
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
