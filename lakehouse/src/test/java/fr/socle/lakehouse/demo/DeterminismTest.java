package fr.socle.lakehouse.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same seed writes byte-identical files; another seed writes other data. */
class DeterminismTest {

  @Test
  void sameSeedWritesByteIdenticalFiles(@TempDir Path again) throws IOException {
    DemoTown.of(DemoFiles.SEED, 1).write(again);

    for (DemoDataset dataset : DemoFiles.town().datasets()) {
      assertThat(again.resolve(dataset.fileName())).as(dataset.id()).hasSameBinaryContentAs(DemoFiles.file(dataset));
    }
    assertThat(again.resolve(DemoTown.MANIFEST_FILE))
        .hasSameBinaryContentAs(DemoFiles.directory().resolve(DemoTown.MANIFEST_FILE));
  }

  @Test
  void differentSeedWritesDifferentFiles(@TempDir Path other) throws IOException {
    DemoTown.of(DemoFiles.SEED + 1, 1).write(other);

    for (DemoDataset dataset : DemoFiles.town().datasets()) {
      assertThat(Files.mismatch(other.resolve(dataset.fileName()), DemoFiles.file(dataset)))
          .as(dataset.id()).isNotEqualTo(-1L);
    }
  }

  @Test
  void theManifestIsTheSameForEverySeedButTheRowCounts() {
    DemoTown other = DemoTown.of(7, 1);

    assertThat(other.datasets()).extracting(DemoDataset::id)
        .containsExactlyElementsOf(DemoFiles.town().datasets().stream().map(DemoDataset::id).toList());
    assertThat(other.datasets()).extracting(DemoDataset::legalNote)
        .containsExactlyElementsOf(DemoFiles.town().datasets().stream().map(DemoDataset::legalNote).toList());
  }
}
