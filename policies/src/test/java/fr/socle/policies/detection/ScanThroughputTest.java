package fr.socle.policies.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Measures and prints the scan speed (1M values); asserts only that the scan completes. */
class ScanThroughputTest {
  @Test
  void printsRowsPerSecondOverAMillionValues() {
    List<List<String>> pool = ScanThroughput.rows(10_000, 7);
    ScanThroughput.measure(30_000, pool);
    ScanThroughput.Result result = ScanThroughput.measure(100_000, pool);
    System.out.println(ScanThroughput.report(result));
    assertThat(result.values()).isEqualTo(1_000_000);
  }
}
