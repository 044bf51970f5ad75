package fr.socle.lakehouse.replica;

import static java.util.Objects.requireNonNull;

import fr.socle.lakehouse.promotion.ExportFile;
import fr.socle.lakehouse.promotion.ExportStorage;
import fr.socle.lakehouse.query.PreparedSql;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.iceberg.io.FileIO;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Local, read-optimised copies of published versions, queried in process by DuckDB: the Explore API's plain pages
 * (see {@code OdsqlQuery.portable}) without a Trino statement each.
 *
 * <p>A replica is made from a version's Parquet export (the open tier's own file, by its location in the
 * publication's record, never from request text): its rows sorted by record id in row groups of 32,768 rows,
 * uncompressed, so that the first page in the default order reads one row group and a filter decodes no
 * compression. It is built in the background the first time a version is asked for (Trino answers meanwhile),
 * checked against the export's SHA-256 when copied from object storage, and deleted when its version stops being
 * current ({@link #retain}) or the folder outgrows its bound (least recently used first).
 *
 * <p>The query engine is sandboxed: an in-memory database that may read the replicas' folder and nothing else
 * (DuckDB's {@code allowed_directories} with external access off and its configuration locked, no extension
 * loaded), so that even a faulty statement could read only what the public tier already publishes. Statements run
 * on a few platform threads of their own (a native call would pin a virtual thread's carrier), one DuckDB thread
 * each.
 */
public final class Replicas implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Replicas.class);
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  static final int ROW_GROUP = 32_768;
  private static final String RECORD_ID = "record_id";

  /**
   * @param directory a folder of the portal's own, emptied at start
   * @param maxBytes how much disk the replicas may take
   * @param threads statements run at once
   * @param memoryBytes DuckDB's memory bound (outside the Java heap), for queries and for a build's sort each
   */
  public record Settings(Path directory, long maxBytes, int threads, long memoryBytes) {
    public Settings {
      requireNonNull(directory, "directory");
      if (threads < 1 || maxBytes < 0 || memoryBytes < 16L << 20) {
        throw new IllegalArgumentException("invalid replica settings");
      }
    }
  }

  /** A replica ready to be read: the view that names it. */
  private record Replica(String key, String view, Path file, long bytes, AtomicLong lastUsed) {}

  private final Settings settings;
  private final FileIO io;
  private final Connection engine;
  private final ExecutorService runners;
  private final ThreadLocal<Connection> connections = new ThreadLocal<>();
  private final List<Connection> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final ExecutorService builder;
  private final ConcurrentHashMap<String, Replica> ready = new ConcurrentHashMap<>();
  /** Versions being built. */
  private final Set<String> building = ConcurrentHashMap.newKeySet();
  /**
   * Versions not replicated, with when to try again ({@link #NEVER}: never, for what the data is: no record
   * ids, NaN or negative zero that the engines order differently, larger than the disk bound).
   */
  private final ConcurrentHashMap<String, Long> refused = new ConcurrentHashMap<>();
  private static final long RETRY_NANOS = Duration.ofMinutes(10).toNanos();
  private static final long NEVER = Long.MIN_VALUE;
  private final AtomicLong clock = new AtomicLong();

  /** @param io the open tier's storage, for exports in object storage */
  public Replicas(Settings settings, FileIO io) {
    this.settings = settings;
    this.io = io;
    try {
      if (Files.exists(settings.directory())) {
        try (var old = Files.list(settings.directory())) {
          for (Path file : old.toList()) {
            deleteTree(file);
          }
        }
      }
      Files.createDirectories(settings.directory().resolve("tmp"));
      engine = inMemory();
      sandbox(engine, settings.directory(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB could not start: " + e.getMessage(), e);
    }
    this.runners = Executors.newFixedThreadPool(settings.threads(),
        Thread.ofPlatform().name("socle-replica-", 0).daemon().factory());
    this.builder = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("socle-replica-build").daemon()
        .priority(Thread.NORM_PRIORITY - 1).factory());
  }

  /** A new in-memory database (the driver itself: DriverManager may not see it from a packaged application). */
  private static Connection inMemory() throws SQLException {
    return new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:", new java.util.Properties());
  }

  /**
   * One thread a statement, bounded memory, spills in the folder; reads (and writes) in the allowed folders only;
   * then nothing of this may change.
   */
  private void sandbox(Connection connection, Path directory, @Nullable Path source) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("SET threads = 1");
      s.execute("SET memory_limit = '" + settings.memoryBytes() / (1 << 20) + "MB'");
      s.execute("SET temp_directory = " + text(directory.resolve("tmp").toString()));
      s.execute("SET default_null_order = 'nulls_last'");
      s.execute("SET default_order = 'asc'");
      s.execute("SET autoinstall_known_extensions = false");
      s.execute("SET autoload_known_extensions = false");
      List<String> allowed = new ArrayList<>(List.of(text(directory.toAbsolutePath() + "/")));
      if (source != null) {
        allowed.add(text(source.toAbsolutePath().getParent() + "/"));
      }
      s.execute("SET allowed_directories = [" + String.join(", ", allowed) + "]");
      s.execute("SET enable_external_access = false");
      s.execute("SET lock_configuration = true");
    }
  }

  /** A SQL string literal of a path of Socle's own making (a folder's, or the location a promotion recorded). */
  private static String text(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  /**
   * The quoted name of the relation holding the version's rows, when its replica is ready; otherwise its build is
   * started (once) and the caller reads through Trino.
   */
  public Optional<String> relation(ExportFile parquet) {
    if (parquet.format() != ExportFile.Format.PARQUET || !SHA256.matcher(parquet.sha256()).matches()) {
      return Optional.empty();
    }
    Replica replica = ready.get(parquet.sha256());
    if (replica != null) {
      replica.lastUsed().set(clock.incrementAndGet());
      return Optional.of(replica.view());
    }
    Long retryAt = refused.get(parquet.sha256());
    if (settings.maxBytes() == 0 || retryAt != null && (retryAt == NEVER || System.nanoTime() - retryAt < 0)) {
      return Optional.empty();
    }
    if (building.add(parquet.sha256())) {
      try {
        builder.execute(() -> {
          try {
            build(parquet);
            refused.remove(parquet.sha256());
          } catch (Unreplicable e) {
            refused.put(parquet.sha256(), NEVER);
            log.info("no local replica of {}: {}", parquet.location(), e.getMessage());
          } catch (Exception e) {
            refused.put(parquet.sha256(), System.nanoTime() + RETRY_NANOS);
            log.warn("no local replica of {} for now (tried again in 10 minutes): {}", parquet.location(),
                e.toString());
          } finally {
            building.remove(parquet.sha256());
          }
        });
      } catch (java.util.concurrent.RejectedExecutionException closing) {
        building.remove(parquet.sha256());
      }
    }
    return Optional.empty();
  }

  /** Whether the version's replica is ready. */
  public boolean isReady(ExportFile parquet) {
    return ready.containsKey(parquet.sha256());
  }

  /** What the version's data is keeps it on Trino for good. */
  private static final class Unreplicable extends IOException {
    Unreplicable(String message) {
      super(message);
    }
  }

  private void build(ExportFile parquet) throws IOException, SQLException {
    String key = parquet.sha256();
    Path directory = settings.directory();
    // the source's copy, the replica and the sort's spill at once, the replica uncompressed: leave room
    long room = Files.getFileStore(directory).getUsableSpace();
    if (room < 8 * parquet.bytes()) {
      throw new IOException("not enough disk: " + (room >> 20) + " MB free");
    }
    Path copied = null;
    Path source;
    if (parquet.location().startsWith("file:")) {
      source = Path.of(URI.create(parquet.location()));
    } else {
      copied = directory.resolve(key + ".source.parquet");
      copy(parquet, copied);
      source = copied;
    }
    Path partial = directory.resolve(key + ".partial.parquet");
    Path file = directory.resolve(key + ".parquet");
    long started = System.nanoTime();
    try (Connection connection = inMemory()) {
      sandbox(connection, directory, source);
      try (Statement s = connection.createStatement()) {
        String read = "read_parquet(" + text(source.toAbsolutePath().toString()) + ")";
        List<String> doubles = new ArrayList<>();
        boolean recordIds = false;
        try (ResultSet columns = s.executeQuery("DESCRIBE SELECT * FROM " + read)) {
          while (columns.next()) {
            String type = columns.getString("column_type");
            recordIds |= columns.getString("column_name").equals(RECORD_ID);
            if (type.equals("DOUBLE") || type.equals("FLOAT")) {
              doubles.add(PreparedSql.quote(columns.getString("column_name")));
            }
          }
        }
        if (!recordIds) {
          throw new Unreplicable("no record_id column");
        }
        if (!doubles.isEmpty()) {
          // Trino compares NaN with nothing and sorts -0.0 before 0.0; DuckDB orders NaN above every number and
          // -0.0 with 0.0: such a version stays on Trino
          String odd = doubles.stream().map(c -> "isnan(" + c + ") OR (" + c + " = 0 AND signbit(" + c + "))")
              .collect(Collectors.joining(" OR "));
          try (ResultSet count = s.executeQuery("SELECT count(*) FROM " + read + " WHERE " + odd)) {
            count.next();
            if (count.getLong(1) > 0) {
              throw new Unreplicable("NaN or negative zero in a number column");
            }
          }
        }
        s.execute("COPY (SELECT * FROM " + read + " ORDER BY " + PreparedSql.quote(RECORD_ID) + ") TO "
            + text(partial.toAbsolutePath().toString()) + " (FORMAT parquet, ROW_GROUP_SIZE " + ROW_GROUP
            + ", COMPRESSION uncompressed)");
      }
      if (Files.size(partial) > settings.maxBytes()) {
        throw new Unreplicable("replica larger than the disk bound (" + (Files.size(partial) >> 20) + " MB)");
      }
      Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
      if (copied != null) {
        Files.deleteIfExists(copied);
      }
    }
    String view = PreparedSql.quote("r_" + key);
    synchronized (engine) {
      try (Statement s = engine.createStatement()) {
        s.execute("CREATE OR REPLACE VIEW " + view + " AS SELECT * FROM read_parquet("
            + text(file.toAbsolutePath().toString()) + ")");
      }
    }
    long bytes = Files.size(file);
    ready.put(key, new Replica(key, view, file, bytes, new AtomicLong(clock.incrementAndGet())));
    log.info("local replica of {} ready: {} rows, {} MB, {} ms", parquet.location(), parquet.rows(),
        bytes >> 20, (System.nanoTime() - started) / 1_000_000);
    evict();
  }

  /** Copies an export from object storage, checking its SHA-256 against the one the promotion recorded. */
  private void copy(ExportFile parquet, Path target) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try (InputStream in = new DigestInputStream(ExportStorage.open(io, parquet.location()), digest);
        OutputStream out = Files.newOutputStream(target)) {
      in.transferTo(out);
    }
    if (!HexFormat.of().formatHex(digest.digest()).equals(parquet.sha256())) {
      Files.deleteIfExists(target);
      throw new IOException("SHA-256 of the copy differs from the export's");
    }
  }

  /** Keeps the replicas of these versions and deletes the others (retracted, replaced by a newer version). */
  public void retain(Collection<ExportFile> current) {
    Set<String> keep = current.stream().map(ExportFile::sha256).collect(Collectors.toSet());
    for (Replica replica : List.copyOf(ready.values())) {
      if (!keep.contains(replica.key())) {
        drop(replica);
      }
    }
    refused.keySet().retainAll(keep);
  }

  private void evict() {
    long total = ready.values().stream().mapToLong(Replica::bytes).sum();
    List<Replica> oldestFirst = ready.values().stream()
        .sorted(Comparator.comparingLong(r -> r.lastUsed().get())).toList();
    for (Replica replica : oldestFirst) {
      if (total <= settings.maxBytes()) {
        break;
      }
      drop(replica);
      total -= replica.bytes();
    }
  }

  private void drop(Replica replica) {
    ready.remove(replica.key());
    try {
      synchronized (engine) {
        try (Statement s = engine.createStatement()) {
          s.execute("DROP VIEW IF EXISTS " + replica.view());
        }
      }
      Files.deleteIfExists(replica.file());
    } catch (SQLException | IOException e) {
      log.warn("replica {} not deleted: {}", replica.file(), e.toString());
    }
  }

  /** A failed or timed-out statement on a replica: the caller asks Trino instead. */
  public static final class ReplicaException extends Exception {
    ReplicaException(String message, @Nullable Throwable cause) {
      super(message, cause);
    }
  }

  /** The rows of a statement over a replica's relation (at most {@code maxRows}), as JDBC returns them. */
  public List<@Nullable Object[]> rows(PreparedSql sql, long maxRows, Duration timeout) throws ReplicaException {
    AtomicReference<@Nullable Statement> running = new AtomicReference<>();
    Future<List<@Nullable Object[]>> result;
    try {
      result = runners.submit(() -> {
        Connection connection = connection();
        try (PreparedStatement statement = connection.prepareStatement(sql.sql())) {
          running.set(statement);
          for (int i = 0; i < sql.parameters().size(); i++) {
            statement.setObject(i + 1, sql.parameters().get(i));
          }
          List<@Nullable Object[]> rows = new ArrayList<>();
          try (ResultSet rs = statement.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rows.size() < maxRows && rs.next()) {
              Object[] row = new Object[columns];
              for (int c = 0; c < columns; c++) {
                row[c] = rs.getObject(c + 1);
              }
              rows.add(row);
            }
          }
          return rows;
        } finally {
          running.set(null);
        }
      });
    } catch (java.util.concurrent.RejectedExecutionException closing) {
      throw new ReplicaException("replicas closed", closing);
    }
    try {
      return result.get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      // not started: never will; running: DuckDB interrupted
      result.cancel(true);
      cancel(running.get());
      throw new ReplicaException("timed out after " + timeout, e);
    } catch (ExecutionException e) {
      throw new ReplicaException(String.valueOf(e.getCause()), e.getCause());
    } catch (InterruptedException e) {
      cancel(running.get());
      Thread.currentThread().interrupt();
      throw new ReplicaException("interrupted", e);
    }
  }

  private static void cancel(@Nullable Statement statement) {
    if (statement != null) {
      try {
        statement.cancel();
      } catch (SQLException e) {
        log.debug("replica statement not cancelled: {}", e.toString());
      }
    }
  }

  /** The runner thread's own connection to the shared database. */
  private Connection connection() throws SQLException {
    Connection connection = connections.get();
    if (connection == null) {
      connection = ((org.duckdb.DuckDBConnection) engine).duplicate();
      connections.set(connection);
      opened.add(connection);
    }
    return connection;
  }

  @Override
  public void close() {
    runners.shutdownNow();
    builder.shutdownNow();
    for (Connection connection : opened) {
      try {
        connection.close();
      } catch (SQLException e) {
        log.debug("replica connection not closed: {}", e.toString());
      }
    }
    try {
      engine.close();
    } catch (SQLException e) {
      log.debug("replica engine not closed: {}", e.toString());
    }
  }

  private static void deleteTree(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      try (var children = Files.list(path)) {
        for (Path child : children.toList()) {
          deleteTree(child);
        }
      }
    }
    Files.deleteIfExists(path);
  }
}
