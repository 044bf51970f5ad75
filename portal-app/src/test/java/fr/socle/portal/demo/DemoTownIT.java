package fr.socle.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.lakehouse.demo.DemoDataset;
import fr.socle.lakehouse.demo.DemoTown;
import fr.socle.portal.classification.DemoClassification;
import fr.socle.portal.testing.Api;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The demo collectivité as {@code deploy/local/up} leaves it: every dataset loaded through real ingestion,
 * scanned, and classified by the data officer from the rules' proposal, which matches the legal case each dataset
 * was built for.
 */
class DemoTownIT {
  static Stream<DemoDataset> datasets() {
    return DemoTown.of(42, 1).datasets().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("datasets")
  void proposalAndDecisionMatchTheIntendedCase(DemoDataset demo) {
    HttpResponse<String> response = Api.as("dora").get("/api/v1/classification/" + demo.id());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode review = Api.json(response);
    String expected = DemoClassification.expected(demo.intendedCase()).name();

    assertThat(review.path("proposal").path("status").path("code").asString())
        .as("proposal for %s (%s): %s", demo.id(), demo.legalNote(), review.path("proposal").path("explanations"))
        .isEqualTo(expected);
    assertThat(review.path("decision").path("status").path("code").asString()).as("decision for %s", demo.id())
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("datasets")
  void everyDatasetHoldsAllItsRows(DemoDataset demo) {
    HttpResponse<String> response = Api.as("dora").get("/api/v1/datasets/" + demo.id());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    HttpResponse<String> records = Api.as("dora").get("/api/v1/datasets/" + demo.id() + "/records?limit=1");
    assertThat(Api.json(records).path("total_count").asLong(-1)).as("rows of %s", demo.id()).isEqualTo(demo.rows());
  }
}
