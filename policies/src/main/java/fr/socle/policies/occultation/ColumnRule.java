package fr.socle.policies.occultation;

import static java.util.Objects.requireNonNull;

import fr.socle.policies.detection.FindingKind;
import fr.socle.policies.detection.Sensitivity;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the plan does with one column. The vocabulary is closed: a data officer picks one of these, and the promotion
 * job and the gate know each of them. There is deliberately no "hash" or "pseudonymise": a pseudonym is still
 * personal data (CNIL), so it is never a way to publish.
 */
public sealed interface ColumnRule
    permits ColumnRule.Keep, ColumnRule.Drop, ColumnRule.GeneraliseDate, ColumnRule.GeneraliseCoordinates,
        ColumnRule.Band, ColumnRule.EmptyText, ColumnRule.CategoryCounts {

  String column();

  /** Whether the column appears in the published table. */
  default boolean publishes() {
    return true;
  }

  /** Whether values are published as they are. */
  default boolean transforms() {
    return true;
  }

  /**
   * The kinds of findings the rule makes safe in this column: a dropped column covers everything, a date
   * generalised to the year covers dates of birth, a kept column covers only publishable contacts and what the
   * decision explicitly accepts.
   */
  Set<FindingKind> covers();

  /** Short French description for explanations: "supprimer", "généraliser à l'année". */
  String describe();

  private static Set<FindingKind> publishable() {
    EnumSet<FindingKind> kinds = EnumSet.noneOf(FindingKind.class);
    for (FindingKind kind : FindingKind.values()) {
      if (kind.sensitivity() == Sensitivity.PUBLISHABLE) {
        kinds.add(kind);
      }
    }
    return kinds;
  }

  private static Set<FindingKind> publishableAnd(Set<FindingKind> more) {
    Set<FindingKind> kinds = publishable();
    kinds.addAll(more);
    return Set.copyOf(kinds);
  }

  private static void requireColumn(String column) {
    if (column == null || column.isBlank()) {
      throw new IllegalArgumentException("a rule names its column");
    }
  }

  /**
   * Publish as is. {@code accepted} lists the personal kinds the decision explicitly accepts in this column (names
   * in the register of elected officials, D312-1-3); publishable contacts need not be listed.
   */
  record Keep(String column, Set<FindingKind> accepted) implements ColumnRule {
    public Keep {
      requireColumn(column);
      accepted = Set.copyOf(accepted);
    }

    public Keep(String column) {
      this(column, Set.of());
    }

    @Override
    public boolean transforms() {
      return false;
    }

    @Override
    public Set<FindingKind> covers() {
      return publishableAnd(accepted);
    }

    @Override
    public String describe() {
      return accepted.isEmpty() ? "publier tel quel" : "publier tel quel (accepté : " + labels(accepted) + ")";
    }
  }

  /** Not published. Named in the plan so that the column counts as decided, not as new. */
  record Drop(String column) implements ColumnRule {
    public Drop {
      requireColumn(column);
    }

    @Override
    public boolean publishes() {
      return false;
    }

    @Override
    public Set<FindingKind> covers() {
      return Set.of(FindingKind.values());
    }

    @Override
    public String describe() {
      return "supprimer la colonne";
    }
  }

  /** A date published to the month or the year. */
  record GeneraliseDate(String column, DatePrecision precision) implements ColumnRule {
    public GeneraliseDate {
      requireColumn(column);
      requireNonNull(precision, "precision");
    }

    @Override
    public Set<FindingKind> covers() {
      return publishableAnd(Set.of(FindingKind.BIRTH_DATE));
    }

    @Override
    public String describe() {
      return precision == DatePrecision.MONTH ? "généraliser la date au mois" : "généraliser la date à l'année";
    }
  }

  /**
   * A location published coarsely: snapped to the centre of a grid cell of {@code precision} metres, or replaced
   * by its commune. {@code latitudeColumn} names the latitude for a longitude column (the width of a cell in
   * degrees of longitude depends on it); null otherwise.
   */
  record GeneraliseCoordinates(
      String column, CoordinateForm form, CoordinatePrecision precision, @Nullable String latitudeColumn) implements ColumnRule {
    public GeneraliseCoordinates {
      requireColumn(column);
      requireNonNull(form, "form");
      requireNonNull(precision, "precision");
    }

    public GeneraliseCoordinates(String column, CoordinateForm form, CoordinatePrecision precision) {
      this(column, form, precision, null);
    }

    @Override
    public Set<FindingKind> covers() {
      return publishableAnd(Set.of(FindingKind.PRECISE_COORDINATES, FindingKind.GEOMETRY));
    }

    @Override
    public String describe() {
      return switch (precision) {
        case CoordinatePrecision.Grid grid -> "généraliser la position à une grille de " + grid.metres() + " m";
        case CoordinatePrecision.Commune commune -> "remplacer la position par la commune";
      };
    }
  }

  /** A number published as its band: "[20 ; 30[". */
  record Band(String column, Bands bands) implements ColumnRule {
    public Band {
      requireColumn(column);
      requireNonNull(bands, "bands");
    }

    @Override
    public Set<FindingKind> covers() {
      return publishable();
    }

    @Override
    public String describe() {
      return "publier par tranches (" + bands.describe() + ")";
    }
  }

  /** A free-text column kept in the schema, published empty. */
  record EmptyText(String column) implements ColumnRule {
    public EmptyText {
      requireColumn(column);
    }

    @Override
    public Set<FindingKind> covers() {
      return Set.of(FindingKind.values());
    }

    @Override
    public String describe() {
      return "vider le texte libre";
    }
  }

  /** A free text replaced by the counts of what the detectors found in it: "téléphone : 1 ; e-mail : 2". */
  record CategoryCounts(String column) implements ColumnRule {
    public CategoryCounts {
      requireColumn(column);
    }

    @Override
    public Set<FindingKind> covers() {
      return Set.of(FindingKind.values());
    }

    @Override
    public String describe() {
      return "remplacer le texte libre par le décompte des catégories détectées";
    }
  }

  private static String labels(Set<FindingKind> kinds) {
    return String.join(", ", kinds.stream().sorted().map(FindingKind::label).toList());
  }
}
