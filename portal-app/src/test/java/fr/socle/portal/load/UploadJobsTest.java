package fr.socle.portal.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import fr.socle.lakehouse.ingest.LoadMode;
import fr.socle.lakehouse.load.DatasetLoads;
import fr.socle.lakehouse.load.LoadRequest;
import fr.socle.portal.audit.AuditTrail;
import fr.socle.portal.classification.ScanJob;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Upload jobs are followed while they run and for a day after, then forgotten: their reports do not pile up. */
class UploadJobsTest {
  @TempDir Path dir;

  @Test
  void aFinishedJobIsForgottenADayLater() throws Exception {
    DatasetLoads loads = mock(DatasetLoads.class);
    when(loads.load(anyString(), eq(LoadMode.APPEND), any(), anyString(), any()))
        .thenThrow(new IllegalStateException("panne"));
    MovingClock clock = new MovingClock();
    UploadJobs jobs = new UploadJobs(loads, mock(ScanJob.class), mock(AuditTrail.class), clock);

    String first = jobs.load("alice", "budget", LoadMode.APPEND, LoadRequest.of(file("a.csv")));
    awaitEnd(jobs, first);
    clock.now = clock.now.plus(Duration.ofHours(23));
    jobs.load("alice", "budget", LoadMode.APPEND, LoadRequest.of(file("b.csv")));
    assertThat(jobs.find(first, "alice")).as("followed for a day").isPresent();

    clock.now = clock.now.plus(Duration.ofHours(2));
    String third = jobs.load("alice", "budget", LoadMode.APPEND, LoadRequest.of(file("c.csv")));

    assertThat(jobs.find(first, "alice")).isEmpty();
    assertThat(jobs.find(third, "alice")).isPresent();
  }

  /** An upload in a folder of its own, as the upload page stores it (a job deletes both when it ends). */
  private Path file(String name) throws Exception {
    Path file = Files.createDirectories(dir.resolve(name + ".d")).resolve(name);
    Files.writeString(file, "a;b\n1;2\n");
    return file;
  }

  private static void awaitEnd(UploadJobs jobs, String id) throws InterruptedException {
    for (int i = 0; i < 200 && jobs.find(id, "alice").orElseThrow().endedAt() == null; i++) {
      Thread.sleep(25);
    }
    assertThat(jobs.find(id, "alice").orElseThrow().endedAt()).isNotNull();
  }

  private static final class MovingClock extends Clock {
    volatile Instant now = Instant.parse("2026-12-03T10:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
