package fr.socle.lakehouse.promotion;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * A promotion in a JVM of its own, for the crash tests: promotes {@code internal.<namespace>.<table>} with the
 * citizen reports' plan, writes a marker file when it reaches the named point (before the commit, or after the
 * Iceberg commit and before its registration) and waits there to be killed.
 *
 * <p>Arguments: namespace, table, point ({@code before-commit} or {@code after-iceberg-commit}), marker file.
 */
public final class PromotionChild {
  private PromotionChild() {}

  public static void main(String[] args) throws Exception {
    String namespace = args[0];
    String table = args[1];
    String point = args[2];
    Path marker = Path.of(args[3]);
    Promotions.Hooks hooks = new Promotions.Hooks() {
      @Override
      public void beforeCommit(UUID attemptId) {
        if (point.equals("before-commit")) {
          stop(marker, attemptId);
        }
      }

      @Override
      public void afterIcebergCommit(UUID attemptId) {
        if (point.equals("after-iceberg-commit")) {
          stop(marker, attemptId);
        }
      }
    };
    PromotionFixture fixture = PromotionFixture.attach(namespace, Promotions.Settings.DEFAULTS.withHooks(hooks));
    fixture.promotions.promote(fixture.request(table, PromotionFixture.reportsPlan(), 1), PromotionProgress.NONE);
    System.exit(3);
  }

  private static void stop(Path marker, UUID attemptId) {
    try {
      Files.writeString(marker, attemptId.toString());
      Thread.sleep(Long.MAX_VALUE);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
