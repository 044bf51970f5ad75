package fr.socle.portal.classification;

import fr.socle.policies.detection.ColumnFindings;
import fr.socle.policies.detection.DatasetFindings;
import fr.socle.policies.detection.FindingKind;
import fr.socle.policies.detection.KindStats;
import java.util.List;
import java.util.Set;

/**
 * A scan's findings as stored and served: per column the counts per kind and masked examples. The shape is this
 * project's, not the detectors' records', so that stored scans survive changes to those.
 */
final class FindingsJson {
  private FindingsJson() {}

  record Findings(long rowsRead, long rowsScanned, boolean sampled, List<Column> columns) {}

  record Column(String column, long valuesScanned, long nonEmpty, List<FindingKind> detected, List<Kind> kinds) {}

  record Kind(FindingKind kind, long values, long occurrences, List<String> examples) {}

  static Findings of(DatasetFindings findings) {
    return new Findings(findings.rowsRead(), findings.rowsScanned(), findings.sampled(),
        findings.columns().stream().map(FindingsJson::column).toList());
  }

  private static Column column(ColumnFindings c) {
    return new Column(c.column(), c.valuesScanned(), c.nonEmpty(), c.detected().stream().sorted().toList(),
        c.kinds().stream().map(k -> new Kind(k.kind(), k.values(), k.occurrences(), k.examples())).toList());
  }

  static DatasetFindings toFindings(Findings doc) {
    return new DatasetFindings(doc.rowsRead(), doc.rowsScanned(), doc.sampled(), doc.columns().stream()
        .map(c -> new ColumnFindings(c.column(), c.valuesScanned(), c.nonEmpty(),
            c.kinds().stream().map(k -> new KindStats(k.kind(), k.values(), k.occurrences(), k.examples())).toList(),
            Set.copyOf(c.detected())))
        .toList());
  }
}
