package fr.socle.portal.catalogue;

import fr.socle.lakehouse.promotion.Publications;
import fr.socle.lakehouse.promotion.PublishedDataset;
import fr.socle.policies.access.Subject;
import fr.socle.portal.usage.UsageAccess;
import fr.socle.portal.usage.UsageReport;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * A dataset's usage statistics, for its producers and the data officers only: the uses of every publication made
 * from it (the dataset itself, its aggregate {@code <id>-agrege}), summed. Anyone else gets the same NOT_FOUND as
 * for a dataset they may not know of.
 */
@Component
class DatasetUsage {
  private final InternalCatalogue catalogue;
  private final UsageAccess access;
  private final UsageReport report;
  private final Publications publications;

  DatasetUsage(InternalCatalogue catalogue, UsageAccess access, UsageReport report, Publications publications) {
    this.catalogue = catalogue;
    this.access = access;
    this.report = report;
    this.publications = publications;
  }

  record Usage(InternalCatalogue.Entry entry, List<PublishedDataset> publications, UsageReport.Period period) {}

  Usage of(Subject me, String datasetId) {
    InternalCatalogue.Entry entry = catalogue.get(me, datasetId);
    if (!access.mayView(me, entry.dataset())) {
      throw InternalCatalogue.notFound();
    }
    List<PublishedDataset> published = publications.ofSource(datasetId);
    return new Usage(entry, published, report.lastDays(published.stream().map(PublishedDataset::id).toList()));
  }

  /** Uses per day as a column chart (the page shows the same figures in a table): « 01/12 » in French, "Dec 1". */
  static String chart(UsageReport.Period period, String title, String description, Locale locale) {
    DateTimeFormatter day = DateTimeFormatter.ofPattern(locale.getLanguage().equals("fr") ? "dd/MM" : "MMM d", locale);
    java.text.NumberFormat count = ChartSvg.numbers(locale);
    List<ChartSvg.Bar> bars = period.days().stream()
        .map(d -> new ChartSvg.Bar(day.format(d.day()), d.counts().total(), count.format(d.counts().total())))
        .toList();
    return ChartSvg.columns("usage-chart", title, description, bars, 7, locale);
  }

}
