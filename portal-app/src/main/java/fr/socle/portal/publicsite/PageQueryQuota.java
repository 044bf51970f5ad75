package fr.socle.portal.publicsite;

import fr.socle.portal.explore.RateLimits;
import fr.socle.portal.system.RateLimited;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.stereotype.Component;

/**
 * How many statements the public pages (table, chart, map) may start in Trino for one address a minute: a page
 * answered from the recent results costs nothing, a new filter, sort, page or chart costs its statements. Without
 * it, anyone could keep the open tier's Trino busy through the pages while the Explore API is metered. Buckets of
 * their own beside the API's and the report form's (prefix {@code pages:}), per portal replica.
 */
@Component
class PageQueryQuota {
  private final RateLimits limits;
  private final int perMinute;

  PageQueryQuota(RateLimits limits, SiteSettings settings) {
    this.limits = limits;
    this.perMinute = settings.queriesPerMinute();
  }

  /** Takes one statement from the address's quota, or refuses (429) with the seconds to wait. */
  void charge(String address) {
    ConsumptionProbe probe = limits.consume("pages:" + address, perMinute);
    if (!probe.isConsumed()) {
      long seconds = RateLimits.secondsToWait(probe);
      throw RateLimited.worded(seconds, "site.error.tooMany", Integer.toString(perMinute), Long.toString(seconds));
    }
  }
}
