package fr.socle.lakehouse.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordIdsTest {

  @Test
  void sipHashMatchesTheReferenceVector() {
    byte[] key = new byte[16];
    for (int i = 0; i < 16; i++) {
      key[i] = (byte) i;
    }
    // SipHash-2-4 of the 8 bytes 00..07 under the key 00..0f (reference vectors of the paper).
    long word = SipHash.littleEndian(new byte[] {0, 1, 2, 3, 4, 5, 6, 7}, 0);
    assertThat(new SipHash(key).add(word).finish()).isEqualTo(0x93f5f5799a932462L);
    assertThat(new SipHash(key).finish()).isEqualTo(0x726fdb47dd0e0e31L);
  }

  @Test
  void identicalRowsGetAnOccurrenceSuffixAndIdsAreUnique() {
    RecordIds ids = new RecordIds(4);
    List<String> made = new ArrayList<>();
    for (long hash : new long[] {42, 7, 42, 42, 0}) {
      made.add(id(ids, hash));
    }
    assertThat(made).containsExactly("bbbbbbbbbbbbbbdn", "bbbbbbbbbbbbbbbk", "bbbbbbbbbbbbbbdn-1",
        "bbbbbbbbbbbbbbdn-2", "bbbbbbbbbbbbbbbb");
    assertThat(made).allSatisfy(id -> assertThat(id).doesNotContainPattern("[0-9aeiouy]{2}"));
    assertThat(new HashSet<>(made)).hasSize(5);
  }

  @Test
  void rowsAddedAndRemovedAreCountedAgainstThePreviousVersion() {
    RecordIds before = new RecordIds(10);
    List<String> previous = new ArrayList<>();
    for (long hash : new long[] {1, 2, 3, 3}) {
      previous.add(id(before, hash));
    }
    RecordIds after = new RecordIds(10);
    previous.forEach(after::addPrevious);
    List<String> next = new ArrayList<>();
    for (long hash : new long[] {1, 3, 4, 5}) {
      next.add(id(after, hash));
    }

    assertThat(next).contains(previous.get(0), previous.get(2));
    assertThat(after.added()).isEqualTo(2);
    assertThat(after.removed()).isEqualTo(2);
    assertThat(after.rows()).isEqualTo(4);
  }

  @Test
  void manyIdsGrowTheTable() {
    RecordIds ids = new RecordIds(16);
    Set<String> seen = new HashSet<>();
    for (long i = 0; i < 200_000; i++) {
      seen.add(id(ids, i * 0x9E3779B97F4A7C15L));
    }
    assertThat(seen).hasSize(200_000);
    assertThat(ids.added()).isEqualTo(200_000);
  }

  @Test
  void textFormsAreIso() {
    byte[] out = new byte[64];
    assertThat(text(out, TextForms.writeDate(0, out, 0))).isEqualTo("1970-01-01");
    assertThat(text(out, TextForms.writeDate(20_517, out, 0))).isEqualTo("2026-03-05");
    assertThat(text(out, TextForms.writeDate(-1, out, 0))).isEqualTo("1969-12-31");
    assertThat(text(out, TextForms.writeTimestamp(1_772_720_000_000_000L, out, 0))).isEqualTo("2026-03-05T14:13:20");
    assertThat(text(out, TextForms.writeTimestamp(1_500_000L, out, 0))).isEqualTo("1970-01-01T00:00:01.5");
    assertThat(text(out, TextForms.writeLong(-1234567890123L, out, 0))).isEqualTo("-1234567890123");
    assertThat(text(out, TextForms.writeLong(0, out, 0))).isEqualTo("0");
  }

  private static String id(RecordIds ids, long hash) {
    byte[] out = new byte[40];
    return text(out, ids.next(hash, out, 0));
  }

  private static String text(byte[] out, int end) {
    return new String(out, 0, end, StandardCharsets.US_ASCII);
  }
}
