package fr.socle.lakehouse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFormatTest {
  @TempDir Path dir;

  @Test
  void formatIsToldByTheExtensionThenByTheFirstBytes() throws Exception {
    Path geojson = Files.writeString(dir.resolve("upload"), "\uFEFF  {\"type\":\"FeatureCollection\"}",
        StandardCharsets.UTF_8);
    Path zip = Files.write(dir.resolve("upload.bin"), new byte[] {'P', 'K', 3, 4, 0});
    Path parquet = Files.write(dir.resolve("data"), new byte[] {'P', 'A', 'R', '1', 0});
    Path csv = Files.writeString(dir.resolve("export"), "a;b\n1;2\n");

    assertThat(SourceFormat.detect(geojson)).isEqualTo(SourceFormat.GEOJSON);
    assertThat(SourceFormat.detect(zip)).isEqualTo(SourceFormat.XLSX);
    assertThat(SourceFormat.detect(parquet)).isEqualTo(SourceFormat.PARQUET);
    assertThat(SourceFormat.detect(csv)).isEqualTo(SourceFormat.CSV);
    assertThat(SourceFormat.detect(Files.writeString(dir.resolve("x.TSV"), "{"))).isEqualTo(SourceFormat.CSV);
  }
}
