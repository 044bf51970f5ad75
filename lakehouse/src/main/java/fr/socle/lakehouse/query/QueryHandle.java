package fr.socle.lakehouse.query;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/** A running query the caller may cancel from another thread (a "Cancel" button, a closed download). */
public final class QueryHandle {
  private final AtomicBoolean cancelled = new AtomicBoolean();
  private volatile @Nullable Statement statement;

  void attach(Statement statement) throws SQLException {
    this.statement = statement;
    if (cancelled.get()) {
      statement.cancel();
    }
  }

  public void cancel() {
    cancelled.set(true);
    Statement current = statement;
    if (current != null) {
      try {
        current.cancel();
      } catch (SQLException ignored) {
        // the query already ended
      }
    }
  }

  public boolean cancelled() {
    return cancelled.get();
  }
}
