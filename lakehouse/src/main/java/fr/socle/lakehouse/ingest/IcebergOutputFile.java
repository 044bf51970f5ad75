package fr.socle.lakehouse.ingest;

import java.io.IOException;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;

/** Parquet's view of a file Iceberg's FileIO creates, so data files go wherever the tier stores (disk or S3). */
final class IcebergOutputFile implements OutputFile {
  private final org.apache.iceberg.io.OutputFile file;
  private long length;

  IcebergOutputFile(org.apache.iceberg.io.OutputFile file) {
    this.file = file;
  }

  /** The bytes written, once the stream is closed. */
  long length() {
    return length;
  }

  @Override
  public PositionOutputStream create(long blockSizeHint) {
    return wrap(file.create());
  }

  @Override
  public PositionOutputStream createOrOverwrite(long blockSizeHint) {
    return wrap(file.createOrOverwrite());
  }

  @Override
  public boolean supportsBlockSize() {
    return false;
  }

  @Override
  public long defaultBlockSize() {
    return 0;
  }

  @Override
  public String getPath() {
    return file.location();
  }

  private PositionOutputStream wrap(org.apache.iceberg.io.PositionOutputStream out) {
    return new PositionOutputStream() {
      @Override
      public long getPos() throws IOException {
        return out.getPos();
      }

      @Override
      public void write(int b) throws IOException {
        out.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void flush() throws IOException {
        out.flush();
      }

      @Override
      public void close() throws IOException {
        length = out.getPos();
        out.close();
      }
    };
  }
}
