package fr.socle.lakehouse.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * How a CSV file is written: its encoding (BOM, else strict UTF-8 on a sample, else Windows-1252, the encoding of
 * French spreadsheet exports), the length of its BOM, and its separator ({@code ;}, {@code ,}, tab or {@code |},
 * the one found the same number of times on most lines of a sample).
 */
record CsvDialect(Charset charset, int bomLength, char delimiter, boolean charsetDetected) {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int SAMPLE_BYTES = 1 << 20;
  private static final char[] CANDIDATES = {';', ',', '\t', '|'};

  static CsvDialect detect(Path file, ReadOptions options) throws IOException {
    byte[] sample = sample(file);
    boolean truncated = sample.length == SAMPLE_BYTES;
    int bom = 0;
    Charset charset;
    boolean detected = false;
    if (sample.length >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB
        && (sample[2] & 0xFF) == 0xBF) {
      bom = 3;
      charset = StandardCharsets.UTF_8;
    } else if (sample.length >= 2 && (sample[0] & 0xFF) == 0xFF && (sample[1] & 0xFF) == 0xFE) {
      bom = 2;
      charset = StandardCharsets.UTF_16LE;
    } else if (sample.length >= 2 && (sample[0] & 0xFF) == 0xFE && (sample[1] & 0xFF) == 0xFF) {
      bom = 2;
      charset = StandardCharsets.UTF_16BE;
    } else if (options.charset() != null) {
      charset = options.charset();
    } else if (utf16(sample) != null) {
      charset = utf16(sample);
      detected = true;
    } else {
      charset = isStrictUtf8(sample, truncated) ? StandardCharsets.UTF_8 : WINDOWS_1252;
      detected = true;
    }
    if (options.charset() != null && bom == 0) {
      charset = options.charset();
      detected = false;
    }
    char delimiter = options.delimiter() != null
        ? options.delimiter()
        : detectDelimiter(new String(sample, bom, sample.length - bom, charset));
    return new CsvDialect(charset, bom, delimiter, detected);
  }

  CsvDialect withCharset(Charset value) {
    return new CsvDialect(value, bomLength, delimiter, false);
  }

  /**
   * UTF-16 without a byte order mark, as some tools export it: text whose every other byte is zero (the high byte
   * of Latin characters), on the odd bytes for little-endian, the even ones for big-endian; null otherwise.
   */
  static @Nullable Charset utf16(byte[] sample) {
    int length = Math.min(sample.length, 4096) & ~1;
    if (length < 4) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < length; i += 2) {
      evenZeros += sample[i] == 0 ? 1 : 0;
      oddZeros += sample[i + 1] == 0 ? 1 : 0;
    }
    int pairs = length / 2;
    if (oddZeros * 10 >= pairs * 7 && evenZeros * 10 < pairs) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZeros * 10 >= pairs * 7 && oddZeros * 10 < pairs) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /**
   * Whether the sample the encoding was chosen on is all ASCII: then UTF-8 was only a guess, and a coding error
   * further on means Windows-1252; a sample with UTF-8's accents proves the file UTF-8, and an error further on a
   * file of mixed encodings, refused rather than read as mojibake.
   */
  static boolean asciiSample(Path file) throws IOException {
    for (byte b : sample(file)) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  private static byte[] sample(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(SAMPLE_BYTES);
    }
  }

  static boolean isStrictUtf8(byte[] sample, boolean truncated) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(sample);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = decoder.decode(in, out, !truncated);
      if (result.isError()) {
        return false;
      }
      if (result.isOverflow()) {
        out.clear();
        continue;
      }
      // Underflow: all read, or a sequence cut by the end of a truncated sample, which proves nothing.
      return true;
    }
  }

  static char detectDelimiter(String sample) {
    // Up to 50 lines, separators counted outside quotes; a line cut by the sample's end is dropped.
    int[][] counts = new int[CANDIDATES.length][50];
    int lines = 0;
    boolean quoted = false;
    int[] current = new int[CANDIDATES.length];
    for (int i = 0; i < sample.length() && lines < 50; i++) {
      char c = sample.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        if (c == '\r' && i + 1 < sample.length() && sample.charAt(i + 1) == '\n') {
          i++;
        }
        for (int k = 0; k < CANDIDATES.length; k++) {
          counts[k][lines] = current[k];
          current[k] = 0;
        }
        lines++;
      } else if (!quoted) {
        for (int k = 0; k < CANDIDATES.length; k++) {
          if (c == CANDIDATES[k]) {
            current[k]++;
          }
        }
      }
    }
    if (lines == 0) {
      for (int k = 0; k < CANDIDATES.length; k++) {
        counts[k][0] = current[k];
      }
      lines = 1;
    }
    char best = ';';
    double bestScore = 0;
    for (int k = 0; k < CANDIDATES.length; k++) {
      int header = counts[k][0];
      if (header == 0) {
        continue;
      }
      int same = 0;
      for (int line = 0; line < lines; line++) {
        if (counts[k][line] == header) {
          same++;
        }
      }
      // Consistency first, then how many columns it makes.
      double score = (double) same / lines * 1000 + Math.min(header, 999);
      if (score > bestScore) {
        bestScore = score;
        best = CANDIDATES[k];
      }
    }
    return best;
  }

  static @Nullable String describe(char delimiter) {
    return delimiter == '\t' ? "tabulation" : String.valueOf(delimiter);
  }

  static CharacterCodingException asCodingException(Throwable e) {
    Throwable cause = e;
    while (cause != null && !(cause instanceof CharacterCodingException)) {
      cause = cause.getCause();
    }
    return (CharacterCodingException) cause;
  }
}
