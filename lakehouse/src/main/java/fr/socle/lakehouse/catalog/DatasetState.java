package fr.socle.lakehouse.catalog;

import java.util.Locale;

/** Life of a dataset: archived keeps the data, read-only; deleted has erased it, only a tombstone stays. */
public enum DatasetState {
  ACTIVE,
  ARCHIVED,
  DELETED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static DatasetState fromCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
