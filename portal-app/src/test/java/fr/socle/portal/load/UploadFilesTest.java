package fr.socle.portal.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadFilesTest {
  @TempDir Path uploads;

  @Test
  void uploadsLeftForADayAreSweptAndRecentOnesKept() throws Exception {
    Instant now = Instant.now();
    Path abandoned = upload("abandonne", now.minus(Duration.ofDays(2)));
    Path recent = upload("recent", now.minus(Duration.ofHours(1)));
    // an old folder whose file is still being written to (a long load) stays
    Path writing = upload("en-cours", now.minus(Duration.ofDays(2)));
    Files.setLastModifiedTime(writing.resolve("fichier.csv"), FileTime.from(now));

    assertThat(UploadPageController.sweep(uploads, now.minus(Duration.ofDays(1)))).isEqualTo(1);

    assertThat(abandoned).doesNotExist();
    assertThat(recent.resolve("fichier.csv")).exists();
    assertThat(writing.resolve("fichier.csv")).exists();
  }

  @Test
  void aFileNameWithoutAFileIsTheDefaultOne() {
    assertThat(UploadPageController.safeName("/")).isEqualTo("fichier");
    assertThat(UploadPageController.safeName("../../etc/passwd")).isEqualTo("passwd");
    assertThat(UploadPageController.safeName("C:\\Users\\agent\\budget 2026.csv")).isEqualTo("budget 2026.csv");
    assertThat(UploadPageController.safeName(null)).isEqualTo("fichier");
  }

  private Path upload(String id, Instant when) throws Exception {
    Path folder = Files.createDirectories(uploads.resolve(id));
    Path file = Files.writeString(folder.resolve("fichier.csv"), "a;b\n1;2\n");
    Files.setLastModifiedTime(file, FileTime.from(when));
    Files.setLastModifiedTime(folder, FileTime.from(when));
    return folder;
  }
}
