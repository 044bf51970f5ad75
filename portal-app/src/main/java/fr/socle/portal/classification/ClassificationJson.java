package fr.socle.portal.classification;

import fr.socle.policies.detection.DatasetFindings;
import fr.socle.policies.occultation.OccultationPlan;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/** JSON of plans, findings, facts and change lists, as the stores keep them and the API reads them. */
@Component
class ClassificationJson {
  private final JsonMapper json;

  ClassificationJson(JsonMapper json) {
    this.json = json;
  }

  String write(OccultationPlan plan) {
    return json.writeValueAsString(PlanJson.of(plan));
  }

  OccultationPlan plan(String text) {
    return PlanJson.toPlan(strict(text, PlanJson.Plan.class));
  }

  String write(DatasetFindings findings) {
    return json.writeValueAsString(FindingsJson.of(findings));
  }

  DatasetFindings findings(String text) {
    return FindingsJson.toFindings(json.readValue(text, FindingsJson.Findings.class));
  }

  String write(StatedFacts facts) {
    return json.writeValueAsString(facts);
  }

  StatedFacts facts(String text) {
    return json.readValue(text, StatedFacts.class);
  }

  String writeLines(List<String> lines) {
    return json.writeValueAsString(lines);
  }

  List<String> lines(String text) {
    return List.of(json.readValue(text, String[].class));
  }

  /**
   * Reads a document sent by a person: unknown fields are refused (a misspelt {@code "colums"} must not yield an
   * empty plan), and syntax errors become a French message.
   */
  <T> T strict(String text, Class<T> type) {
    try {
      return json.readerFor(type).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(text);
    } catch (UnrecognizedPropertyException e) {
      throw new IllegalArgumentException("Champ inconnu « " + e.getPropertyName() + " » dans le document JSON.");
    } catch (JacksonException e) {
      if (e.getCause() instanceof IllegalArgumentException refused && refused.getMessage() != null) {
        throw new IllegalArgumentException(refused.getMessage(), e);
      }
      throw new IllegalArgumentException("Document JSON invalide" + (e.getPathReference() == null ? "" : " ("
          + e.getPathReference().replaceAll("[a-zA-Z.$]+\\[", "[") + ")") + ".");
    }
  }
}
