package fr.socle.lakehouse.ingest;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The hot parsers of ingestion, on 1,024 French-style values each: nanoseconds per value. For comparison, the
 * JDK's own parsers on the same texts (after the string a generic reader would allocate per cell).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ParserBenchmarks {
  private static final int N = 1024;

  private final NumberParser numbers = new NumberParser();
  private char[][] integers;
  private char[][] decimals;
  private char[][] dates;
  private char[][] texts;
  private String[] decimalStrings;
  private final ColumnBatch batch = new ColumnBatch(java.util.List.of(ColumnType.STRING), N);

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(7);
    integers = new char[N][];
    decimals = new char[N][];
    dates = new char[N][];
    texts = new char[N][];
    decimalStrings = new String[N];
    for (int i = 0; i < N; i++) {
      integers[i] = Integer.toString(random.nextInt(1_000_000)).toCharArray();
      String decimal = random.nextInt(100_000) + "," + (10 + random.nextInt(90));
      decimals[i] = decimal.toCharArray();
      decimalStrings[i] = decimal;
      dates[i] = String.format("%02d/%02d/%d", 1 + random.nextInt(28), 1 + random.nextInt(12),
          2000 + random.nextInt(25)).toCharArray();
      texts[i] = ("Opération n°" + random.nextInt(50_000) + " Bourg-en-Bresse").toCharArray();
    }
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public long parseLong() {
    long sum = 0;
    for (char[] value : integers) {
      if (numbers.parseLong(value, 0, value.length, true)) {
        sum += numbers.longValue;
      }
    }
    return sum;
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public double parseFrenchDecimal() {
    double sum = 0;
    for (char[] value : decimals) {
      if (numbers.parseDouble(value, 0, value.length, true)) {
        sum += numbers.doubleValue;
      }
    }
    return sum;
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public double jdkParseDoubleAfterReplace(Blackhole hole) {
    double sum = 0;
    for (char[] value : decimals) {
      sum += Double.parseDouble(new String(value).replace(',', '.'));
    }
    return sum;
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public long parseFrenchDate() {
    long sum = 0;
    for (char[] value : dates) {
      sum += DateParser.parseDate(value, 0, value.length);
    }
    return sum;
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public long jdkParseDate() {
    java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
    long sum = 0;
    for (char[] value : dates) {
      sum += java.time.LocalDate.parse(new String(value), format).toEpochDay();
    }
    return sum;
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public int encodeUtf8() {
    batch.clear();
    for (char[] value : texts) {
      batch.startRow();
      batch.putText(0, value, 0, value.length);
      batch.size++;
    }
    return batch.used[0];
  }

  @Benchmark
  @OperationsPerInvocation(N)
  public int inferTypes() {
    TypeInference inference = new TypeInference();
    for (char[] value : decimals) {
      inference.accept(value, 0, value.length);
    }
    return inference.type("montant").ordinal();
  }
}
