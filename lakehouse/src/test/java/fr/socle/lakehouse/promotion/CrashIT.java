package fr.socle.lakehouse.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A promotion killed (SIGKILL, in a JVM of its own) after its files are written and before its commit leaves the
 * open tier at the previous version; the next run deletes the leftovers and publishes. Killed after the Iceberg
 * commit and before its registration, the new version is public and the next run completes its registration.
 */
class CrashIT {
  private static PromotionFixture fixture;

  @TempDir Path dir;

  @BeforeAll
  static void start() throws Exception {
    fixture = new PromotionFixture("crash");
    fixture.createReports("avant_commit");
    fixture.createReports("apres_commit");
  }

  @AfterAll
  static void stop() throws Exception {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void killedBetweenWriteAndCommitTheOpenTierShowsThePreviousVersionAndTheNextRunCleansUp() throws Exception {
    PromotionOutcome.Published v1 = publish("avant_commit");
    fixture.appendReports("avant_commit", "-n", 500);

    UUID attempt = killChildAt("avant_commit", "before-commit");

    assertThat(fixture.openTable("avant_commit").currentSnapshot().snapshotId()).isEqualTo(v1.snapshotId());
    assertThat(fixture.publicCount("avant_commit")).isEqualTo(20_000);
    Path data = Path.of(URI.create(fixture.openTable("avant_commit").location())).resolve("data")
        .resolve(attempt.toString());
    Path exports = fixture.exportsRoot().resolve(fixture.id("avant_commit")).resolve(attempt.toString());
    assertThat(files(data)).isNotEmpty();
    assertThat(files(exports)).isNotEmpty();

    PromotionOutcome next = fixture.promotions.promote(fixture.request("avant_commit",
        PromotionFixture.reportsPlan(), 1), PromotionProgress.NONE);

    assertThat(next).isInstanceOf(PromotionOutcome.Published.class);
    assertThat(((PromotionOutcome.Published) next).version()).isEqualTo(2);
    assertThat(data).doesNotExist();
    assertThat(exports).doesNotExist();
    assertThat(fixture.publicCount("avant_commit")).isEqualTo(20_500);
    assertThat(fixture.jdbc.queryOne("SELECT state FROM publication.attestation WHERE id = ?", rs -> rs.getString(1),
        attempt)).contains("abandoned");
  }

  @Test
  void killedAfterTheIcebergCommitTheVersionIsPublicAndTheNextRunRegistersIt() throws Exception {
    publish("apres_commit");
    fixture.appendReports("apres_commit", "-m", 300);

    UUID attempt = killChildAt("apres_commit", "after-iceberg-commit");

    assertThat(fixture.openTable("apres_commit").currentSnapshot().summary())
        .containsEntry("socle.attestation-id", attempt.toString());
    assertThat(fixture.publicCount("apres_commit")).isEqualTo(20_300);
    assertThat(fixture.promotions.publications().versions(fixture.id("apres_commit"))).hasSize(1);

    PromotionOutcome next = fixture.promotions.promote(fixture.request("apres_commit",
        PromotionFixture.reportsPlan(), 1), PromotionProgress.NONE);

    assertThat(next).isInstanceOf(PromotionOutcome.UpToDate.class);
    List<PublishedVersion> versions = fixture.promotions.publications().versions(fixture.id("apres_commit"));
    assertThat(versions).extracting(PublishedVersion::version).containsExactly(2, 1);
    assertThat(versions.getFirst().attestationId()).isEqualTo(attempt);
    assertThat(versions.getFirst().exports()).hasSize(4).allSatisfy(e -> assertThat(Path.of(URI.create(e.location())))
        .exists());
    assertThat(fixture.promotions.publications().attestation(attempt)).isPresent();
  }

  private static PromotionOutcome.Published publish(String table) throws Exception {
    return (PromotionOutcome.Published) fixture.promotions.promote(fixture.request(table,
        PromotionFixture.reportsPlan(), 1), PromotionProgress.NONE);
  }

  /** Runs the promotion in a child JVM, waits until it reaches the point, kills it; returns its attempt id. */
  private UUID killChildAt(String table, String point) throws Exception {
    Path marker = dir.resolve(table + ".marker");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED",
        "--sun-misc-unsafe-memory-access=allow", "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        PromotionChild.class.getName(), fixture.namespace, table, point, marker.toString());
    builder.environment().put("SOCLE_HOME", fixture.stack.home().toString());
    builder.redirectErrorStream(true).redirectOutput(dir.resolve(table + ".log").toFile());
    Process child = builder.start();
    try {
      Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
      while (!Files.exists(marker) || Files.readString(marker).isBlank()) {
        if (!child.isAlive()) {
          throw new AssertionError("the child stopped: " + Files.readString(dir.resolve(table + ".log")));
        }
        if (Instant.now().isAfter(deadline)) {
          throw new AssertionError("the child did not reach " + point);
        }
        Thread.sleep(100);
      }
      return UUID.fromString(Files.readString(marker).strip());
    } finally {
      child.destroyForcibly();
      child.waitFor();
    }
  }

  private static List<Path> files(Path root) throws Exception {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(root)) {
      try (var walk = Files.walk(root)) {
        walk.filter(Files::isRegularFile).forEach(files::add);
      }
    }
    return files;
  }
}
