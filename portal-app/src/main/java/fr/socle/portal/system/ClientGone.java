package fr.socle.portal.system;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

/**
 * Whether a failure only says that the client went away mid-answer (a download abandoned, a tab closed): nothing
 * to answer, and nothing for the operators' error log.
 */
public final class ClientGone {
  private static final Logger log = LoggerFactory.getLogger(ClientGone.class);

  private ClientGone() {}

  /**
   * For an exception handler, before it writes anything: whether the answer is already on its way (or its client
   * gone), so that nothing may be written. A client that left is let go quietly; any other failure after the first
   * bytes went out is thrown on to the server, which closes the connection: the client sees the download cut
   * short, never a whole-looking file with an error message at its end.
   */
  public static <E extends Exception> boolean answerUnderWay(HttpServletResponse response, E failure) throws E {
    if (is(failure)) {
      log.debug("the client went away during its answer: {}", failure.toString());
      return true;
    }
    if (response.isCommitted()) {
      throw failure;
    }
    return false;
  }

  public static boolean is(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
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
