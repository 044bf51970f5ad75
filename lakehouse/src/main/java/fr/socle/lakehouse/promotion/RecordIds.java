package fr.socle.lakehouse.promotion;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The record ids of one version, and how they compare with the previous version's. A row's id is the keyed hash
 * of its identifying values (see {@link RowHasher}) written with 16 consonants, four bits each: no digits, so no
 * id ever looks like a phone number, a date or any value a detector (or a reader) would take for data, and no
 * vowels, so no id spells a word. Identical rows get an occurrence
 * suffix ({@code -1}, {@code -2}, ...), so ids are unique within a version and, since identical rows are
 * interchangeable, stable across versions. An open-addressing table of 64-bit keys with two flags (in the previous
 * version, in this one) gives the occurrence and, at the end, the rows added and removed: about 9 bytes per distinct
 * id at most 70 % full.
 */
final class RecordIds {
  private static final byte OLD = 1;
  private static final byte NEW = 2;
  private static final double MAX_LOAD = 0.7;

  private long[] keys;
  private byte[] flags;
  /** With a declared record key: a digest of each row's published values, to tell a row that changed. */
  private int @Nullable [] digests;
  private long changed;
  private int mask;
  private long size;
  private long oldCount;
  private long newCount;
  private long kept;

  /** Tells changed rows too: rows keep their id while their values change (the decision declares a key). */
  RecordIds trackingChanges() {
    digests = new int[keys.length];
    return this;
  }

  boolean tracksChanges() {
    return digests != null;
  }

  RecordIds(long expected) {
    int capacity = Integer.highestOneBit((int) Math.min(1 << 30, Math.max(16, (long) (expected / MAX_LOAD) + 1)));
    if (capacity < expected / MAX_LOAD) {
      capacity <<= 1;
    }
    allocate(capacity);
  }

  /** An id of the previous version, as published ({@code bcdfghjklmnpqrst} or {@code bcdfghjklmnpqrst-2}). */
  void addPrevious(CharSequence recordId) {
    addPrevious(recordId, 0);
  }

  /** An id of the previous version with the digest of its published values. */
  void addPrevious(CharSequence recordId, int digest) {
    long key = parse(recordId);
    int slot = slot(key);
    if (keys[slot] == 0) {
      if (digests != null) {
        digests[slot] = digest;
      }
      insert(slot, key, OLD);
      oldCount++;
    } else if ((flags[slot] & OLD) == 0) {
      flags[slot] |= OLD;
      oldCount++;
    }
  }

  /**
   * The id of the next row whose identifying values hash to {@code hash}, written as ASCII into {@code out} at
   * {@code at}; returns the end.
   */
  int next(long hash, byte[] out, int at) {
    return next(hash, 0, out, at);
  }

  /** Same, with the digest of the row's published values (counted as changed when the previous one differs). */
  int next(long hash, int digest, byte[] out, int at) {
    int occurrence = 0;
    while (true) {
      long key = occurrence == 0 ? nonZero(hash) : nonZero(mix(hash, occurrence));
      int slot = slot(key);
      if (keys[slot] == 0) {
        insert(slot, key, NEW);
        newCount++;
        break;
      }
      if ((flags[slot] & NEW) == 0) {
        flags[slot] |= NEW;
        newCount++;
        kept++;
        if (digests != null && digests[slot] != digest) {
          changed++;
        }
        break;
      }
      occurrence++;
    }
    at = encode(hash, out, at);
    if (occurrence > 0) {
      out[at++] = '-';
      at = TextForms.writeLong(occurrence, out, at);
    }
    return at;
  }

  /** Rows of this version whose id the previous version did not have. */
  long added() {
    return newCount - kept;
  }

  /** Rows of the previous version whose id this version does not have. */
  long removed() {
    return oldCount - kept;
  }

  long rows() {
    return newCount;
  }

  /** Rows whose id both versions have but whose published values differ; null unless changes are tracked. */
  @Nullable Long changed() {
    return digests == null ? null : changed;
  }

  /** The 64-bit key of a published id: its hash, mixed with the occurrence when there is one. */
  static long parse(CharSequence recordId) {
    if (recordId.length() < 16) {
      throw new IllegalArgumentException("not a record id");
    }
    long hash = 0;
    for (int i = 0; i < 16; i++) {
      int digit = DIGITS.indexOf(recordId.charAt(i));
      if (digit < 0) {
        throw new IllegalArgumentException("not a record id");
      }
      hash = (hash << 4) | digit;
    }
    if (recordId.length() == 16) {
      return nonZero(hash);
    }
    int occurrence = Integer.parseInt(recordId.subSequence(17, recordId.length()).toString());
    return nonZero(mix(hash, occurrence));
  }

  private static long mix(long hash, int occurrence) {
    long z = hash + occurrence * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static long nonZero(long key) {
    return key == 0 ? 1 : key;
  }

  private static final String DIGITS = "bcdfghjklmnpqrst";
  private static final byte[] HEX = DIGITS.getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private static int encode(long value, byte[] out, int at) {
    for (int i = 15; i >= 0; i--) {
      out[at + i] = HEX[(int) (value & 0xf)];
      value >>>= 4;
    }
    return at + 16;
  }

  private int slot(long key) {
    int slot = (int) (key ^ (key >>> 32)) * 0x9E3779B9 & mask;
    while (keys[slot] != 0 && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void insert(int slot, long key, byte flag) {
    keys[slot] = key;
    flags[slot] = flag;
    if (++size > keys.length * MAX_LOAD) {
      grow();
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    byte[] oldFlags = flags;
    int[] oldDigests = digests;
    allocate(keys.length << 1);
    if (oldDigests != null) {
      digests = new int[keys.length];
    }
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int slot = slot(oldKeys[i]);
        keys[slot] = oldKeys[i];
        flags[slot] = oldFlags[i];
        if (oldDigests != null) {
          digests[slot] = oldDigests[i];
        }
      }
    }
  }

  private void allocate(int capacity) {
    keys = new long[capacity];
    flags = new byte[capacity];
    mask = capacity - 1;
    Arrays.fill(flags, (byte) 0);
  }
}
