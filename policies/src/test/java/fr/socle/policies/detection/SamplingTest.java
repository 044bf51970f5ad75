package fr.socle.policies.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SamplingTest {

  @Test
  void aUniformSampleKeepsExactlyItsSizeAndIsTheSameForASeed() {
    List<Long> first = sample(RowSampler.uniform(1_000_000, 1_000, 42), 1_000_000);
    List<Long> second = sample(RowSampler.uniform(1_000_000, 1_000, 42), 1_000_000);

    assertThat(first).hasSize(1_000).isEqualTo(second);
    // spread over the whole table, not its head: each tenth holds about a tenth of the sample
    for (long tenth = 0; tenth < 10; tenth++) {
      long from = tenth * 100_000;
      long inTenth = first.stream().filter(i -> i >= from && i < from + 100_000).count();
      assertThat(inTenth).as("rows in tenth %d", tenth).isBetween(60L, 140L);
    }
  }

  @Test
  void smallTablesAreScannedWhole() {
    RowSampler sampler = RowSampler.forTable(150_000, 1);

    assertThat(sampler.isSampling()).isFalse();
    assertThat(sample(sampler, 150_000)).hasSize(150_000);
    assertThat(RowSampler.forTable(10_000_000, 1).isSampling()).isTrue();
  }

  @Test
  void aSampledScanReportsItsSampleSize() {
    DatasetScanner scanner = new DatasetScanner(ColumnContext.forDataset(List.of("tel"), null),
        RowSampler.uniform(50_000, 500, 7));
    for (int i = 0; i < 50_000; i++) {
      scanner.accept(List.of(i % 10 == 0 ? "06 12 34 56 78" : "néant"));
    }

    DatasetFindings findings = scanner.result();

    assertThat(findings.sampled()).isTrue();
    assertThat(findings.rowsRead()).isEqualTo(50_000);
    assertThat(findings.rowsScanned()).isEqualTo(500);
    assertThat(findings.coverage()).isEqualTo("500 lignes sur 50 000 (échantillon uniforme)");
    assertThat(findings.column("tel").orElseThrow().count(FindingKind.PHONE)).isBetween(25L, 80L);
  }

  @Test
  void aReservoirSamplesAStreamOfUnknownLength() {
    Reservoir<Integer> reservoir = new Reservoir<>(100, 3);
    for (int i = 0; i < 10_000; i++) {
      reservoir.accept(i);
    }

    assertThat(reservoir.sample()).hasSize(100).doesNotHaveDuplicates();
    assertThat(reservoir.sample().stream().filter(i -> i >= 5_000).count()).isBetween(30L, 70L);
    assertThat(reservoir.seen()).isEqualTo(10_000);
  }

  private static List<Long> sample(RowSampler sampler, long rows) {
    List<Long> kept = new ArrayList<>();
    for (long i = 0; i < rows; i++) {
      if (sampler.next()) {
        kept.add(i);
      }
    }
    return kept;
  }
}
