package fr.socle.lakehouse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Memory does not grow with the file: a CSV larger than the heap is loaded by a JVM with a 64 MB heap. */
class LargeFileTest {
  private static final int ROWS = 550_000;

  @TempDir Path dir;

  @Test
  void fileLargerThanTheHeapIsLoadedInSeveralDataFiles() throws Exception {
    Path csv = dir.resolve("gros.csv");
    try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      out.write("id;code_commune;libelle;montant;date_operation;payee;commentaire\n");
      for (int i = 0; i < ROWS; i++) {
        out.write(i + ";" + String.format("%05d", i % 97_000) + ";Opération de la commune n°" + (i % 5000) + ";"
            + (i % 100_000) + "," + (i % 100) + ";" + (1 + i % 28) + "/0" + (1 + i % 9) + "/2024;"
            + (i % 3 == 0 ? "oui" : "non") + ";Ligne " + i + " d'un fichier de test assez long\n");
      }
    }
    assertThat(Files.size(csv)).isGreaterThan(50_000_000L);

    List<String> command = new ArrayList<>(List.of(
        ProcessHandle.current().info().command().orElse("java"), "-Xmx64m", "-XX:+UseSerialGC",
        "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
        "-cp", System.getProperty("java.class.path"), LargeFileLoad.class.getName(),
        csv.toString(), dir.resolve("lake").toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(false)
        .redirectError(dir.resolve("stderr.txt").toFile()).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).as(Files.readString(dir.resolve("stderr.txt"))).isZero();
    String[] figures = output.lines().reduce((a, b) -> b).orElseThrow().split(" ");
    assertThat(Long.parseLong(figures[0])).isEqualTo(ROWS);
    assertThat(Integer.parseInt(figures[1])).as(Files.readString(dir.resolve("stderr.txt"))).isGreaterThanOrEqualTo(2);
    assertThat(Long.parseLong(figures[2])).isLessThan(64L << 20);
    System.out.println("large file: " + output);
  }
}
