package fr.socle.policies.occultation;

import fr.socle.policies.detection.ColumnContext;
import fr.socle.policies.detection.Detectors;
import fr.socle.policies.detection.FindingKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Free text replaced by what it held: "numéro de téléphone personnel : 2 ; adresse e-mail personnelle : 1". */
public final class FreeTextReduction {
  private FreeTextReduction() {}

  /** The counts of detected categories, or "" when nothing was found. Never any of the text itself. */
  public static String categoryCounts(@Nullable CharSequence value, ColumnContext ctx) {
    Map<FindingKind, Integer> counts = Detectors.occurrences(value, ctx);
    List<String> parts = new ArrayList<>(counts.size());
    counts.forEach((kind, n) -> parts.add(kind.label() + " : " + n));
    return String.join(" ; ", parts);
  }
}
