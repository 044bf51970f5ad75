package fr.socle.lakehouse.demo;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file that follows an SCDL schema has exactly its fields, in order, and values within its constraints. */
class ScdlConformanceTest {
  /** Columns a producer's export adds after the schema's own, and that the publication drops. */
  private static final Map<String, List<String>> EXTRA_COLUMNS =
      Map.of("deliberations-conseil-municipal", List.of(DeliberationsTable.RAPPORTEUR));

  static Stream<DemoDataset> scdlDatasets() {
    return DemoFiles.town().datasets().stream().filter(d -> d.scdlSchema() != null);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scdlDatasets")
  void headerIsTheSchemaFieldsInOrderThenOnlyTheDeclaredExtras(DemoDataset dataset) {
    TableSchemaCheck schema = TableSchemaCheck.load(dataset.scdlSchema());
    List<String> expected = new ArrayList<>(schema.fieldNames());
    expected.addAll(EXTRA_COLUMNS.getOrDefault(dataset.id(), List.of()));

    assertThat(DemoFiles.csv(dataset).getFirst().getFields()).containsExactlyElementsOf(expected);
    assertThat(dataset.columns()).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scdlDatasets")
  void everyValueMeetsTheSchemaConstraints(DemoDataset dataset) {
    TableSchemaCheck schema = TableSchemaCheck.load(dataset.scdlSchema());
    List<CsvRecord> records = DemoFiles.csv(dataset);
    List<String> header = records.getFirst().getFields();
    List<String> problems = new ArrayList<>();
    for (CsvRecord record : records.subList(1, records.size())) {
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), record.getField(i));
      }
      schema.violations(row, dataset.csvDialect().decimalSeparator())
          .forEach(p -> problems.add("line " + record.getStartingLineNumber() + ": " + p));
    }

    assertThat(problems).isEmpty();
    assertThat(records).hasSizeGreaterThan(10);
  }
}
