package fr.socle.portal.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class OpaInputTest {

  @Test
  void tablePropertiesOfEveryShapeAreReadSoThatTheyCanBeDecidedOn() {
    // CREATE TABLE ... WITH (partitioning = ARRAY[...], extra_properties = MAP(...), data_location = ..., format = NULL)
    OpaInput input = OpaInput.parse(JsonMapper.builder().build().readTree("""
        {"input": {"context": {"identity": {"user": "admin"}},
          "action": {"operation": "CreateTable", "resource": {"table": {
            "catalogName": "internal", "schemaName": "s", "tableName": "t",
            "properties": {"partitioning": ["year(d)"], "extra_properties": {"write.data.path": "file:///tmp"},
              "data_location": "file:///tmp/x", "format": null}}}}}}
        """));

    assertThat(input.operation()).isEqualTo("CreateTable");
    assertThat(input.resource().properties())
        .containsEntry("partitioning", Optional.of("[\"year(d)\"]"))
        .containsEntry("extra_properties", Optional.of("{\"write.data.path\":\"file:///tmp\"}"))
        .containsEntry("data_location", Optional.of("file:///tmp/x"))
        .containsEntry("format", Optional.empty());
  }
}
