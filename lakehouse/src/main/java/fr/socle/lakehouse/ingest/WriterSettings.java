package fr.socle.lakehouse.ingest;

import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * How data files are written: rows per batch handed between threads, the Parquet row group size (the memory a
 * writer holds), the size past which a new data file is started, the page size and the codec.
 */
public record WriterSettings(
    int batchRows, long rowGroupBytes, long targetFileBytes, int pageBytes, CompressionCodecName codec,
    int zstdLevel) {
  static final WriterSettings DEFAULTS =
      new WriterSettings(8192, 64L << 20, 256L << 20, 1 << 20, CompressionCodecName.ZSTD, 1);

  /**
   * Promotion to the open tier: one data file per version (Trino still splits it by row group), so the Parquet
   * export of a version is that very file.
   */
  public static final WriterSettings ONE_FILE = DEFAULTS.withTargetFileBytes(Long.MAX_VALUE);

  public WriterSettings {
    if (batchRows < 1 || rowGroupBytes < 1 || targetFileBytes < 1 || pageBytes < 1) {
      throw new IllegalArgumentException("sizes must be positive");
    }
  }

  WriterSettings withRowGroupBytes(long value) {
    return new WriterSettings(batchRows, value, targetFileBytes, pageBytes, codec, zstdLevel);
  }

  WriterSettings withTargetFileBytes(long value) {
    return new WriterSettings(batchRows, rowGroupBytes, value, pageBytes, codec, zstdLevel);
  }

  WriterSettings withCodec(CompressionCodecName value, int level) {
    return new WriterSettings(batchRows, rowGroupBytes, targetFileBytes, pageBytes, value, level);
  }
}
