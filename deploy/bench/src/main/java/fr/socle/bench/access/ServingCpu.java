package fr.socle.bench.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The CPU time of the processes that serve a governed statement, read from {@code /proc}: the Trino server that runs
 * it, the portal (its decision point answers Trino's questions, its audit trail receives the query events) and
 * PostgreSQL (the Iceberg catalogues, the audit trail). The machine's CPU ({@code /proc/stat}) also counts what serves
 * none of the statements measured: Keycloak's and the idle servers' background work, another session's build. It
 * moved the per-round comparison by ±15 % from one run to the next; this counts only the three.
 *
 * <p>The JVMs' JIT compiler threads are counted apart. Trino is large: a fresh server measured on this harness's
 * statements still spent 5 to 40 ms of compiler time a statement after 10 minutes and a few thousand statements, in
 * bursts of C2 compilations of 0.1 to 0.8 s each, and both servers of the comparison start cold. That is warm-up, a
 * cost a long-running server stops paying, and which slice it lands on is chance; the figure without it is the
 * steady state's, the compiler's own is printed beside it.
 *
 * <p>PostgreSQL forks a backend for each connection (Trino's Iceberg JDBC catalogue opens one for each metadata
 * lookup): the postmaster's time includes the backends it has reaped ({@code cutime}, {@code cstime}), the live
 * backends' own is added, so that a backend counts once whether it ends during the slice or not.
 */
record ServingCpu(Path trinoPid, Path portalPid, Path postmasterPid) {

  /** Ticks so far of each of the three processes, less their compiler threads', and of the compiler threads. */
  Sample sample() {
    long trino = pid(trinoPid);
    long portal = pid(portalPid);
    long postmaster = pid(postmasterPid);
    long trinoCompiler = compilerTicks(trino);
    long portalCompiler = compilerTicks(portal);
    long postgres = processTicks(postmaster, true);
    try (Stream<ProcessHandle> backends = ProcessHandle.of(postmaster).stream().flatMap(ProcessHandle::children)) {
      for (ProcessHandle backend : backends.toList()) {
        postgres += processTicks(backend.pid(), false);
      }
    }
    return new Sample(processTicks(trino, false) - trinoCompiler, processTicks(portal, false) - portalCompiler,
        postgres, trinoCompiler + portalCompiler);
  }

  /** Ticks of serving work (compilers excluded) by process, and of the compiler threads. */
  record Sample(long trino, long portal, long postgres, long compiler) {
    long serving() {
      return trino + portal + postgres;
    }

    Sample since(Sample before) {
      return new Sample(trino - before.trino, portal - before.portal, postgres - before.postgres,
          compiler - before.compiler);
    }
  }

  /** The first line of a pid file ({@code postmaster.pid} starts with the postmaster's). */
  private static long pid(Path file) {
    try {
      return Long.parseLong(Files.readAllLines(file).getFirst().trim());
    } catch (IOException e) {
      throw new UncheckedIOException("no process id in " + file, e);
    }
  }

  /** User and system time ({@code /proc/<pid>/stat} fields 14 and 15), with the reaped children's (16, 17). */
  static long processTicks(long pid, boolean withReapedChildren) {
    List<String> fields = statFields(Path.of("/proc", Long.toString(pid), "stat"));
    if (fields.isEmpty()) {
      return 0; // a backend that ended after the postmaster's read: the next sample counts it in the postmaster's
    }
    long ticks = Long.parseLong(fields.get(11)) + Long.parseLong(fields.get(12));
    return withReapedChildren ? ticks + Long.parseLong(fields.get(13)) + Long.parseLong(fields.get(14)) : ticks;
  }

  /** The time of a JVM's threads named « C1 CompilerThread… » and « C2 CompilerThread… » (HotSpot's). */
  private static long compilerTicks(long pid) {
    long ticks = 0;
    try (Stream<Path> threads = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
      for (Path thread : threads.toList()) {
        String name = readOrEmpty(thread.resolve("comm"));
        if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
          List<String> fields = statFields(thread.resolve("stat"));
          if (!fields.isEmpty()) {
            ticks += Long.parseLong(fields.get(11)) + Long.parseLong(fields.get(12));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the threads of process " + pid, e);
    }
    return ticks;
  }

  /** The fields after the command name (which may hold spaces and parentheses); empty if the process is gone. */
  private static List<String> statFields(Path stat) {
    String line = readOrEmpty(stat);
    return line.isEmpty() ? List.of() : List.of(line.substring(line.lastIndexOf(')') + 2).trim().split(" "));
  }

  private static String readOrEmpty(Path file) {
    try {
      return Files.readString(file).trim();
    } catch (NoSuchFileException e) {
      return "";
    } catch (IOException e) {
      if (e.getMessage() != null && e.getMessage().contains("No such process")) {
        return "";
      }
      throw new UncheckedIOException(e);
    }
  }
}
