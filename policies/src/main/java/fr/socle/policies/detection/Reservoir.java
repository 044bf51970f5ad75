package fr.socle.policies.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A uniform sample of fixed size from a stream of unknown length (algorithm R): keeps the items, so its memory is
 * the sample's. Seeded for reproducible scans. Prefer {@link RowSampler#uniform} when the row count is known.
 */
public final class Reservoir<T> {
  private final int size;
  private final SplittableRandom random;
  private final List<T> items;
  private long seen;

  public Reservoir(int size, long seed) {
    if (size <= 0) {
      throw new IllegalArgumentException("size > 0");
    }
    this.size = size;
    this.random = new SplittableRandom(seed);
    this.items = new ArrayList<>(Math.min(size, 1 << 16));
  }

  public void accept(T item) {
    long index = seen++;
    if (items.size() < size) {
      items.add(item);
      return;
    }
    long slot = random.nextLong(index + 1);
    if (slot < size) {
      items.set((int) slot, item);
    }
  }

  public long seen() {
    return seen;
  }

  public List<T> sample() {
    return List.copyOf(items);
  }
}
