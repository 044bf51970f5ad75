package fr.socle.portal.usage;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/** Counts a use when its answer succeeded. Nothing about the caller is kept: no address, no agent, no time. */
final class UsageFilter extends OncePerRequestFilter {
  private final UsageCounter counter;

  UsageFilter(UsageCounter counter) {
    this.counter = counter;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Optional<UsagePaths.Hit> hit = UsagePaths.classify(request.getMethod(), path);
    chain.doFilter(request, response);
    if (hit.isPresent() && UsagePaths.counts(response.getStatus(), request.getHeader("Range"))
        && UsagePaths.isPage(hit.get().kind(), response.getContentType())) {
      counter.record(hit.get().publicationId(), hit.get().kind());
    }
  }
}
