package fr.socle.lakehouse.ingest;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import de.siegmar.fastcsv.reader.RecordType;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A CSV file, read with FastCSV's callback API: fields reach the sink as slices of FastCSV's buffer, so no string
 * is made per cell. Quoted fields may hold separators and newlines; empty lines are skipped.
 */
final class CsvSource implements Source {
  private final Path file;
  private final CsvDialect dialect;
  private final List<String> headers;
  private final long totalBytes;

  private CsvSource(Path file, CsvDialect dialect, List<String> headers, long totalBytes) {
    this.file = file;
    this.dialect = dialect;
    this.headers = headers;
    this.totalBytes = totalBytes;
  }

  static CsvSource open(Path file, ReadOptions options) throws IOException, IngestionException {
    return open(file, CsvDialect.detect(file, options));
  }

  static CsvSource open(Path file, CsvDialect dialect) throws IOException, IngestionException {
    List<String> headers = new ArrayList<>();
    CsvSource probe = new CsvSource(file, dialect, List.of(), Files.size(file));
    try (Pass pass = probe.pass()) {
      HeaderSink header = new HeaderSink(headers);
      if (!pass.nextRecord(header)) {
        throw new IngestionException(IngestionException.Code.EMPTY_FILE, "le fichier est vide : aucune ligne d'en-tête");
      }
    }
    while (!headers.isEmpty() && headers.getLast().isBlank() && headers.size() > 1) {
      headers.removeLast();
    }
    return new CsvSource(file, dialect, List.copyOf(headers), probe.totalBytes);
  }

  CsvDialect dialect() {
    return dialect;
  }

  @Override
  public List<String> headers() {
    return headers;
  }

  @Override
  public List<@Nullable ColumnType> nativeTypes() {
    return Collections.nCopies(headers.size(), null);
  }

  @Override
  public long totalBytes() {
    return totalBytes;
  }

  @Override
  public String charsetName() {
    return dialect.charset().name();
  }

  @Override
  public Character delimiter() {
    return dialect.delimiter();
  }

  @Override
  public RowReader open() throws IOException, IngestionException {
    Pass pass = pass();
    try {
      pass.nextRecord(new HeaderSink(new ArrayList<>()));
    } catch (IOException | IngestionException | RuntimeException e) {
      pass.close();
      throw e;
    }
    return pass;
  }

  private Pass pass() throws IOException {
    CountingInputStream counting = new CountingInputStream(Files.newInputStream(file));
    try {
      counting.skipNBytes(dialect.bomLength());
      // Strict decoding: a byte sequence that is not in the charset stops the pass (then Windows-1252 is tried).
      // 64 KiB per decode call rather than InputStreamReader's 8 KiB.
      Reader reader = Channels.newReader(Channels.newChannel(counting), dialect.charset().newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT), 1 << 16);
      return new Pass(counting, reader, dialect.delimiter());
    } catch (IOException | RuntimeException e) {
      counting.close();
      throw e;
    }
  }

  /** Collects the header's labels. */
  private record HeaderSink(List<String> headers) implements CellSink {
    @Override
    public void startRow(long line) {}

    @Override
    public void text(int column, char[] buffer, int offset, int length) {
      while (headers.size() <= column) {
        headers.add("");
      }
      headers.set(column, new String(buffer, offset, length).strip());
    }

    @Override
    public void binary(int column, byte[] value) {}

    @Override
    public void number(int column, double value) {}

    @Override
    public void endRow() {}
  }

  private static final class Pass implements RowReader {
    private final CountingInputStream counting;
    private final Forwarder forwarder = new Forwarder();
    private final CsvReader<Boolean> csv;
    private final CloseableIterator<Boolean> records;

    Pass(CountingInputStream counting, Reader reader, char delimiter) {
      this.counting = counting;
      this.csv = CsvReader.builder()
          .fieldSeparator(delimiter)
          .skipEmptyLines(true)
          // Ragged rows are the converter's business: short ones get nulls, extra non-empty cells are row errors.
          .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
          .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
          .detectBomHeader(false)
          .build(forwarder, reader);
      this.records = csv.iterator();
    }

    @Override
    public boolean next(CellSink sink) throws IOException, IngestionException {
      return nextRecord(sink);
    }

    boolean nextRecord(CellSink sink) throws IOException, IngestionException {
      forwarder.sink = sink;
      try {
        if (!records.hasNext()) {
          return false;
        }
        records.next();
        sink.endRow();
        return true;
      } catch (UncheckedIOException e) {
        CharacterCodingException coding = CsvDialect.asCodingException(e);
        if (coding != null) {
          throw coding;
        }
        throw e.getCause();
      } catch (CsvParseException e) {
        throw new IngestionException(IngestionException.Code.MALFORMED_FILE,
            "fichier CSV mal formé : " + e.getMessage(), e);
      }
    }

    @Override
    public long bytesRead() {
      return counting.count();
    }

    @Override
    public void close() throws IOException {
      try {
        csv.close();
      } finally {
        counting.close();
      }
    }
  }

  /** Hands FastCSV's fields to the current sink as they are parsed. */
  private static final class Forwarder extends CsvCallbackHandler<Boolean> {
    @Nullable CellSink sink;
    private int fieldIndex;
    private RecordType type = RecordType.DATA;

    @Override
    protected RecordType getRecordType() {
      return type;
    }

    @Override
    protected int getFieldCount() {
      return fieldIndex;
    }

    @Override
    protected void beginRecord(long startingLineNumber) {
      fieldIndex = 0;
      type = RecordType.DATA;
      sink.startRow(startingLineNumber);
    }

    @Override
    protected void addField(char[] buf, int offset, int len, boolean quoted) {
      sink.text(fieldIndex++, buf, offset, len);
    }

    @Override
    protected void setComment(char[] buf, int offset, int len) {
      type = RecordType.COMMENT;
    }

    @Override
    protected void setEmpty() {
      type = RecordType.EMPTY;
    }

    @Override
    protected Boolean buildRecord() {
      return Boolean.TRUE;
    }
  }
}
