package fr.socle.portal.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;

/**
 * The SHACL shapes of DCAT-AP 3.0.1 (copied from the standard into the test resources, so that a clean clone tests
 * without {@code ../shared}): the profile's shapes and its range shapes.
 */
final class DcatShapes {
  private static final Shapes SHAPES = load("dcat-ap-3.0.1-shapes.ttl", "dcat-ap-3.0.1-range.ttl");

  private DcatShapes() {}

  private static Shapes load(String... files) {
    Model shapes = ModelFactory.createDefaultModel();
    for (String file : files) {
      try (InputStream in = DcatShapes.class.getResourceAsStream("/standards/" + file)) {
        if (in == null) {
          throw new IllegalStateException("missing test resource /standards/" + file);
        }
        RDFDataMgr.read(shapes, in, Lang.TURTLE);
      } catch (java.io.IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Shapes.parse(shapes.getGraph());
  }

  static boolean conforms(Model model) {
    return ShaclValidator.get().validate(SHAPES, model.getGraph()).conforms();
  }

  /** Fails with the whole SHACL report when the model does not conform. */
  static void assertConforms(Model model) {
    ValidationReport report = ShaclValidator.get().validate(SHAPES, model.getGraph());
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    if (!report.conforms()) {
      ShLib.printReport(printed, report);
    }
    assertThat(report.conforms()).as("DCAT-AP 3.0.1 SHACL report:\n" + printed.toString(StandardCharsets.UTF_8))
        .isTrue();
  }
}
