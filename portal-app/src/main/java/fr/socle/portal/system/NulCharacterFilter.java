package fr.socle.portal.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses with a 400 a query string or form holding the NUL character (U+0000): no text of Socle's holds one, and
 * PostgreSQL cannot store it, so a search or a form carrying one would only fail further in. Multipart uploads
 * are left to their own checks (reading their parts here would come before the size limits).
 */
final class NulCharacterFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String type = request.getContentType();
    if ((type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) && holdsNul(request)) {
      response.sendError(HttpStatus.BAD_REQUEST.value(),
          "A parameter holds the NUL character (U+0000), which no value may hold.");
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean holdsNul(HttpServletRequest request) {
    for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
      if (parameter.getKey().indexOf('\u0000') >= 0) {
        return true;
      }
      for (String value : parameter.getValue()) {
        if (value != null && value.indexOf('\u0000') >= 0) {
          return true;
        }
      }
    }
    return false;
  }
}
