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
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
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
        throw new IngestionException(IngestionException.Code.EMPTY_FILE, Message.of("file.empty"));
      }
    }
    while (!headers.isEmpty() && headers.getLast().isBlank() && headers.size() > 1) {
      headers.removeLast();
    }
    if (headers.stream().allMatch(String::isBlank)) {
      // a file of spaces and blank lines: nothing to name a column after, nothing to load
      throw new IngestionException(IngestionException.Code.EMPTY_FILE, Message.of("file.blank"));
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
      return new Pass(counting, reader, dialect.delimiter(), file, dialect.charset());
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

    private final Path file;
    private final Charset charset;

    Pass(CountingInputStream counting, Reader reader, char delimiter, Path file, Charset charset) {
      this.counting = counting;
      this.file = file;
      this.charset = charset;
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
          if (forwarder.lastFieldQuotedOverLines && !endsWithQuote(file, charset)) {
            // FastCSV reads an unclosed quote to the end of the file: the rows after it would be lost in one cell
            throw new IngestionException(IngestionException.Code.MALFORMED_FILE,
                Message.of("csv.unclosedQuote", forwarder.lastRecordLine));
          }
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
            Message.of("csv.malformed", e.getMessage()), e);
      }
    }

    /** Whether the file's last character (line breaks and spaces aside) is a double quote. */
    private static boolean endsWithQuote(Path file, Charset charset) throws IOException {
      try (SeekableByteChannel channel = Files.newByteChannel(file)) {
        long size = channel.size();
        ByteBuffer tail = ByteBuffer.allocate((int) Math.min(size, 16));
        channel.position(size - tail.capacity());
        while (tail.hasRemaining() && channel.read(tail) >= 0) {
          // until the tail is read
        }
        tail.flip();
        return charset.decode(tail).toString().strip().endsWith("\"");
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
    /** The current record's last field was quoted and holds a line break (as an unclosed quote's would). */
    boolean lastFieldQuotedOverLines;
    long lastRecordLine;
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
      lastFieldQuotedOverLines = false;
      lastRecordLine = startingLineNumber;
      type = RecordType.DATA;
      sink.startRow(startingLineNumber);
    }

    @Override
    protected void addField(char[] buf, int offset, int len, boolean quoted) {
      lastFieldQuotedOverLines = quoted && spansLines(buf, offset, len);
      sink.text(fieldIndex++, buf, offset, len);
    }

    private static boolean spansLines(char[] buf, int offset, int len) {
      for (int i = offset; i < offset + len; i++) {
        if (buf[i] == '\n' || buf[i] == '\r') {
          return true;
        }
      }
      return false;
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
