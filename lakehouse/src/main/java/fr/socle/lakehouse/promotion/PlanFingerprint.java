package fr.socle.lakehouse.promotion;

import fr.socle.policies.occultation.Aggregation;
import fr.socle.policies.occultation.ColumnRule;
import fr.socle.policies.occultation.OccultationPlan;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A stable digest of what makes the published rows: the plan's rules (with every parameter), its suppression or
 * aggregation, and the record key. Two runs with the same source snapshot, decision version and fingerprint publish
 * the same thing: the second is skipped.
 */
final class PlanFingerprint {
  private PlanFingerprint() {}

  static String of(OccultationPlan plan, List<String> recordKey) {
    StringBuilder text = new StringBuilder();
    for (ColumnRule rule : plan.columns()) {
      text.append(rule.getClass().getSimpleName()).append('|').append(rule.column()).append('|')
          .append(rule.describe());
      if (rule instanceof ColumnRule.GeneraliseCoordinates g) {
        text.append('|').append(g.form()).append('|').append(g.latitudeColumn());
      }
      if (rule instanceof ColumnRule.Band band) {
        text.append('|').append(band.bands());
      }
      text.append('\n');
    }
    plan.smallGroupSuppression().ifPresent(s -> text.append("k|").append(s.k()).append('|')
        .append(s.quasiIdentifiers()).append('\n'));
    plan.cells().ifPresent((Aggregation a) -> text.append("cells|").append(a.groupBy()).append('|')
        .append(a.measures()).append('|').append(a.secrecy()).append('\n'));
    text.append("key|").append(recordKey);
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
