package fr.socle.lakehouse.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The scale multiplies the big table only, and the big table streams in bounded memory. */
class ScaleTest {
  private static final String REPORTS = "signalements-citoyens";

  @Test
  void scaleMultipliesTheCitizenReportsAndNothingElse() {
    DemoTown one = DemoFiles.town();
    DemoTown three = DemoTown.of(DemoFiles.SEED, 3);

    for (int i = 0; i < one.datasets().size(); i++) {
      DemoDataset small = one.datasets().get(i);
      long expected = small.id().equals(REPORTS) ? 3 * small.rows() : small.rows();
      assertThat(three.datasets().get(i).rows()).as(small.id()).isEqualTo(expected);
    }
    assertThat(DemoFiles.dataset(REPORTS).rows()).isEqualTo(CitizenReportsTable.ROWS_PER_SCALE);
  }

  @Test
  void fiftyTimesTheReportsStreamWithoutHoldingRows() throws Exception {
    DemoTown town = DemoTown.of(DemoFiles.SEED, 50);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long baseline = memory.getHeapMemoryUsage().getUsed();
    AtomicLong peak = new AtomicLong();
    CountingStream out = new CountingStream();

    long rows = town.write(REPORTS, out, written -> {
      if (written % 250_000 == 0) {
        System.gc();
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed() - baseline, Math::max);
      }
    });

    assertThat(rows).isEqualTo(1_000_000L);
    assertThat(out.bytes).as("about 250 bytes a row").isGreaterThan(200_000_000L);
    assertThat(peak.get()).as("heap retained while writing 1M rows").isLessThan(48L << 20);
  }

  /** Counts bytes and keeps none. */
  private static final class CountingStream extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }
}
