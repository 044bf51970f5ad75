package fr.socle.portal.explore;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads of a key shared by the callers that ask at the same time, none older than its caller: a caller joins the
 * read that will begin next for its key, or begins one, so that what it gets was read after it asked. Many calls
 * for one dataset at once (a busy public API) then pay one round trip to the database between them rather than
 * one each, and a change committed before a call began (a retraction) is always seen by that call.
 *
 * <p>At most one read of a key runs at a time; the callers arriving during it wait for the next one, which begins
 * when it ends. A failed read fails its callers only.
 */
final class FreshReads<K, V> {
  private final ConcurrentHashMap<K, Key<V>> keys = new ConcurrentHashMap<>();
  private final Function<K, V> reader;

  FreshReads(Function<K, V> reader) {
    this.reader = reader;
  }

  /** The callers of one read and, once it is done, its value. */
  private static final class Batch<V> {
    final CompletableFuture<V> value = new CompletableFuture<>();
  }

  /** A key's state: whether a read runs, and the batch that will begin after it. */
  private static final class Key<V> {
    boolean running;
    @Nullable Batch<V> next;
  }

  V read(K key) {
    Key<V> state = keys.computeIfAbsent(key, k -> new Key<>());
    Batch<V> mine;
    boolean begin;
    synchronized (state) {
      if (state.next == null) {
        state.next = new Batch<>();
      }
      mine = state.next;
      begin = !state.running;
      if (begin) {
        state.running = true;
        state.next = null;
      }
    }
    if (begin) {
      run(key, state, mine);
    }
    try {
      return mine.value.join();
    } catch (CompletionException e) {
      switch (e.getCause()) {
        case RuntimeException cause -> throw cause;
        case Error cause -> throw cause;
        case null, default -> throw e;
      }
    }
  }

  /** Reads for a batch, then begins the batch that gathered meanwhile (on a thread of its own), or lets the key go. */
  private void run(K key, Key<V> state, Batch<V> batch) {
    try {
      batch.value.complete(reader.apply(key));
    } catch (RuntimeException | Error e) {
      batch.value.completeExceptionally(e);
    }
    Batch<V> waiting;
    synchronized (state) {
      waiting = state.next;
      state.next = null;
      state.running = waiting != null;
      if (waiting == null) {
        keys.remove(key, state);
      }
    }
    if (waiting != null) {
      Batch<V> next = waiting;
      try {
        Thread.ofVirtual().name("fresh-read").start(() -> run(key, state, next));
      } catch (RuntimeException | OutOfMemoryError e) {
        run(key, state, next); // no thread to be had: read here rather than leave its callers waiting for ever
      }
    }
  }
}
