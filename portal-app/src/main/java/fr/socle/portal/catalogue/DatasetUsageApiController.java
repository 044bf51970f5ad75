package fr.socle.portal.catalogue;

import fr.socle.lakehouse.promotion.PublishedDataset;
import fr.socle.policies.access.Subject;
import fr.socle.portal.usage.DailyUsage;
import fr.socle.portal.usage.UsageReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A dataset's usage statistics as JSON, for its producing service and the data officers; a 404 for anyone else,
 * as for a dataset they may not know of.
 */
@RestController
class DatasetUsageApiController {
  private final DatasetUsage usage;

  DatasetUsageApiController(DatasetUsage usage) {
    this.usage = usage;
  }

  @GetMapping("/api/v1/datasets/{id}/usage")
  Map<String, Object> usage(Subject me, @PathVariable String id) {
    DatasetUsage.Usage found = usage.of(me, id);
    UsageReport.Period period = found.period();
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("dataset_id", id);
    answer.put("from", period.from().toString());
    answer.put("to", period.to().toString());
    answer.put("totals", counts(period.totals()));
    List<Map<String, Object>> publications = found.publications().stream().map(PublishedDataset::id)
        .map(pid -> {
          Map<String, Object> p = new LinkedHashMap<>();
          p.put("publication_id", pid);
          p.putAll(counts(period.of(pid)));
          return p;
        }).toList();
    answer.put("publications", publications);
    answer.put("days", period.days().stream().map(d -> {
      Map<String, Object> day = new LinkedHashMap<>();
      day.put("date", d.day().toString());
      day.putAll(counts(d.counts()));
      return day;
    }).toList());
    return answer;
  }

  private static Map<String, Object> counts(DailyUsage.Counts counts) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("views", counts.views());
    c.put("downloads", counts.downloads());
    c.put("api_calls", counts.apiCalls());
    return c;
  }
}
