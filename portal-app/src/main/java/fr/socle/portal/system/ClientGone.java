package fr.socle.portal.system;

import java.io.IOException;
import java.util.Locale;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

/**
 * Whether a failure only says that the client went away mid-answer (a download abandoned, a tab closed): nothing
 * to answer, and nothing for the operators' error log.
 */
public final class ClientGone {
  private ClientGone() {}

  public static boolean is(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof AsyncRequestNotUsableException
          || cause.getClass().getName().equals("org.apache.catalina.connector.ClientAbortException")) {
        return true;
      }
      String message = cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
      if (cause instanceof IOException
          && (message.contains("broken pipe") || message.contains("connection reset by peer"))) {
        return true;
      }
    }
    return false;
  }
}
