package fr.socle.portal.explore;

import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Quotas of the Explore API: per address for anonymous callers, per key for callers presenting an API key
 * ({@code Authorization: Apikey <key>}, as Opendatasoft's client sends it, or {@code ?apikey=}). Every answer says
 * where the caller stands ({@code X-RateLimit-Limit/Remaining/Reset}); past the quota, 429 with
 * {@code Retry-After}. An unknown or revoked key is refused rather than silently downgraded.
 */
final class RateLimitFilter extends OncePerRequestFilter {
  private final RateLimits limits;
  private final ApiKeys keys;
  private final ExploreSettings settings;
  private final Clock clock;

  RateLimitFilter(RateLimits limits, ApiKeys keys, ExploreSettings settings, Clock clock) {
    this.limits = limits;
    this.keys = keys;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String secret = presentedKey(request);
    String caller;
    int perMinute;
    if (secret != null) {
      Optional<ApiKeys.ApiKey> key = keys.resolve(secret);
      if (key.isEmpty()) {
        error(response, 401, "InvalidAPIKey", "The API key is unknown or was revoked.");
        return;
      }
      caller = "key:" + key.get().id();
      perMinute = key.get().quotaPerMinute();
    } else {
      caller = "ip:" + request.getRemoteAddr();
      perMinute = settings.anonymousPerMinute();
    }
    ConsumptionProbe probe = limits.consume(caller, perMinute);
    Instant now = clock.instant();
    response.setHeader("X-RateLimit-Limit", Integer.toString(perMinute));
    response.setHeader("X-RateLimit-Remaining", Long.toString(Math.max(0, probe.getRemainingTokens())));
    response.setHeader("X-RateLimit-Reset",
        Long.toString(now.plusNanos(probe.getNanosToWaitForReset()).getEpochSecond()));
    if (!probe.isConsumed()) {
      long retryAfter = RateLimits.secondsToWait(probe);
      response.setHeader("Retry-After", Long.toString(retryAfter));
      error(response, 429, "TooManyRequests", "Too many requests: the quota is " + perMinute
          + " calls a minute" + (secret == null ? " for an address without an API key" : " for this API key")
          + ". Retry in " + retryAfter + " s.");
      return;
    }
    chain.doFilter(request, response);
  }

  static @Nullable String presentedKey(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.length() > 7
        && authorization.substring(0, 7).toLowerCase(Locale.ROOT).equals("apikey ")) {
      return authorization.substring(7).strip();
    }
    for (String name : new String[] {"apikey", "apiKey", "APIKEY"}) {
      String value = request.getParameter(name);
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return null;
  }

  private static void error(HttpServletResponse response, int status, String code, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setHeader("Cache-Control", "no-store");
    String body = "{\"error_code\":\"" + code + "\",\"message\":\"" + message.replace("\"", "'") + "\"}";
    response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
  }
}
