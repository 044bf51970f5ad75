package fr.socle.lakehouse.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.lakehouse.ingest.ColumnType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExportsTest {
  private static final List<String> NAMES = List.of("record_id", "texte", "nombre", "latitude", "longitude");
  private static final List<ColumnType> TYPES = List.of(ColumnType.STRING, ColumnType.STRING, ColumnType.LONG,
      ColumnType.DOUBLE, ColumnType.DOUBLE);

  @TempDir Path dir;

  @Test
  void csvJsonAndGeoJsonEscapeWhatTheyMustAndCarryTheirChecksums() throws Exception {
    OutputBatch batch = new OutputBatch(TYPES, 8);
    row(batch, "bcdfghjklmnpqrst", "Il a dit \"bonjour\", puis\nest parti — ça va ?", 42L, 47.4253, 1.0921);
    row(batch, "bcdfghjklmnpqrss", null, null, null, null);
    CsvExport csv = new CsvExport(target("a.csv"), NAMES, TYPES);
    GeoJsonExport geo = new GeoJsonExport(target("a.geojson"), NAMES, TYPES, new GeoJsonExport.Source.LatLon(3, 4));
    JsonExport json = new JsonExport(target("a.json"), NAMES, TYPES, geo);
    for (TextExport export : List.of(csv, json)) {
      export.start();
      export.write(batch);
    }
    ExportFile csvFile = csv.finish();
    ExportFile jsonFile = json.finish();
    ExportFile geoFile = geo.finish();

    assertThat(Files.readString(dir.resolve("a.csv"))).isEqualTo("record_id,texte,nombre,latitude,longitude\r\n"
        + "bcdfghjklmnpqrst,\"Il a dit \"\"bonjour\"\", puis\nest parti — ça va ?\",42,47.4253,1.0921\r\n"
        + "bcdfghjklmnpqrss,,,,\r\n");
    JsonNode rows = JsonMapper.builder().build().readTree(dir.resolve("a.json").toFile());
    assertThat(rows.get(0).get("texte").asString()).isEqualTo("Il a dit \"bonjour\", puis\nest parti — ça va ?");
    assertThat(rows.get(0).get("nombre").asLong()).isEqualTo(42);
    assertThat(rows.get(1).get("texte").isNull()).isTrue();
    JsonNode features = JsonMapper.builder().build().readTree(dir.resolve("a.geojson").toFile()).get("features");
    assertThat(features.get(0).get("id").asString()).isEqualTo("bcdfghjklmnpqrst");
    assertThat(features.get(0).get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(1.0921);
    assertThat(features.get(0).get("properties").get("texte").asString()).startsWith("Il a dit");
    assertThat(features.get(1).get("geometry").isNull()).isTrue();
    for (ExportFile file : List.of(csvFile, jsonFile, geoFile)) {
      byte[] bytes = Files.readAllBytes(Path.of(java.net.URI.create(file.location())));
      assertThat(file.bytes()).isEqualTo(bytes.length);
      assertThat(file.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(bytes)));
      assertThat(file.rows()).isEqualTo(2);
    }
  }

  @Test
  void csvNeutralisesFormulaLikeTextButNotNumbers() throws Exception {
    OutputBatch batch = new OutputBatch(TYPES, 8);
    row(batch, "bcdfghjklmnpqrst", "=HYPERLINK(\"http://x\")", -42L, -47.5, 1.0);
    row(batch, "bcdfghjklmnpqrss", "-5 °C, gel", 1L, 0.0, 0.0);
    row(batch, "bcdfghjklmnpqrsr", "@dupont", 1L, 0.0, 0.0);
    CsvExport csv = new CsvExport(target("f.csv"), NAMES, TYPES);
    csv.start();
    csv.write(batch);
    csv.finish();
    assertThat(Files.readString(dir.resolve("f.csv"))).isEqualTo("record_id,texte,nombre,latitude,longitude\r\n"
        + "bcdfghjklmnpqrst,\"'=HYPERLINK(\"\"http://x\"\")\",-42,-47.5,1.0\r\n"
        + "bcdfghjklmnpqrss,\"'-5 °C, gel\",1,0.0,0.0\r\n"
        + "bcdfghjklmnpqrsr,'@dupont,1,0.0,0.0\r\n");
  }

  private TextExport.ExportTarget target(String name) {
    String location = dir.resolve(name).toUri().toString();
    return new TextExport.ExportTarget(location, () -> ExportStorage.createUnchecked(null, location));
  }

  private static void row(OutputBatch batch, String id, String text, Long number, Double latitude,
      Double longitude) {
    int r = batch.size();
    batch.values.startRow();
    byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
    batch.values.setBytes(0, r, bytes, 0, bytes.length);
    if (text != null) {
      byte[] t = text.getBytes(StandardCharsets.UTF_8);
      batch.values.setBytes(1, r, t, 0, t.length);
    }
    ValueTexts texts = new ValueTexts();
    if (number != null) {
      batch.values.setLong(2, r, number);
      texts.writeLong(batch, 2, r, number);
    }
    if (latitude != null) {
      batch.values.setDouble(3, r, latitude);
      texts.writeDouble(batch, 3, r, latitude);
      batch.values.setDouble(4, r, longitude);
      texts.writeDouble(batch, 4, r, longitude);
    }
    batch.values.endRow();
  }
}
