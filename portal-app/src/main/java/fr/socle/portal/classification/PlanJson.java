package fr.socle.portal.classification;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.socle.policies.detection.FindingKind;
import fr.socle.policies.occultation.Aggregation;
import fr.socle.policies.occultation.Bands;
import fr.socle.policies.occultation.ColumnRule;
import fr.socle.policies.occultation.CoordinateForm;
import fr.socle.policies.occultation.CoordinatePrecision;
import fr.socle.policies.occultation.DatePrecision;
import fr.socle.policies.occultation.Measure;
import fr.socle.policies.occultation.OccultationPlan;
import fr.socle.policies.occultation.SecrecyRule;
import fr.socle.policies.occultation.SmallGroupSuppression;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An occultation plan as JSON, for the decisions store and the API: a closed vocabulary of rules named in kebab
 * case, enum constants as Java names. Reading checks the vocabulary and refuses what the plan's records refuse,
 * with a French message.
 *
 * <pre>{"columns": [{"column": "email", "rule": "drop"},
 *   {"column": "naissance", "rule": "generalise-date", "precision": "YEAR"},
 *   {"column": "lat", "rule": "generalise-coordinates", "form": "LATITUDE", "to": "grid", "metres": 200}],
 *  "smallGroups": {"quasiIdentifiers": ["sexe"], "k": 5}}</pre>
 */
final class PlanJson {
  private PlanJson() {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Plan(List<Rule> columns, @Nullable SmallGroups smallGroups, @Nullable Cells aggregation) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Rule(String column, String rule, @Nullable List<FindingKind> accepted, @Nullable DatePrecision precision,
      @Nullable CoordinateForm form, @Nullable String to, @Nullable Integer metres, @Nullable String latitudeColumn,
      @Nullable BigDecimal width, @Nullable List<BigDecimal> bounds) {}

  record SmallGroups(List<String> quasiIdentifiers, int k) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Cells(List<String> groupBy, List<MeasureDoc> measures, Secrecy secrecy) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record MeasureDoc(String type, String output, @Nullable String column) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Secrecy(String type, @Nullable Integer units, @Nullable String unitColumn, @Nullable String valueColumn,
      @Nullable Integer minimumUnits, @Nullable Double maximumShare) {}

  static final String KEEP = "keep";
  static final String DROP = "drop";
  static final String GENERALISE_DATE = "generalise-date";
  static final String GENERALISE_COORDINATES = "generalise-coordinates";
  static final String BAND = "band";
  static final String EMPTY_TEXT = "empty-text";
  static final String CATEGORY_COUNTS = "category-counts";

  // ------------------------------------------------------------------------------------------------ to JSON

  static Plan of(OccultationPlan plan) {
    List<Rule> rules = plan.columns().stream().map(PlanJson::rule).toList();
    SmallGroups groups = plan.smallGroupSuppression()
        .map(s -> new SmallGroups(s.quasiIdentifiers(), s.k())).orElse(null);
    Cells cells = plan.cells().map(PlanJson::cells).orElse(null);
    return new Plan(rules, groups, cells);
  }

  private static Rule rule(ColumnRule rule) {
    String c = rule.column();
    return switch (rule) {
      case ColumnRule.Keep keep -> new Rule(c, KEEP, keep.accepted().isEmpty() ? null
          : keep.accepted().stream().sorted().toList(), null, null, null, null, null, null, null);
      case ColumnRule.Drop drop -> simple(c, DROP);
      case ColumnRule.GeneraliseDate date -> new Rule(c, GENERALISE_DATE, null, date.precision(), null, null, null,
          null, null, null);
      case ColumnRule.GeneraliseCoordinates g -> switch (g.precision()) {
        case CoordinatePrecision.Grid grid -> new Rule(c, GENERALISE_COORDINATES, null, null, g.form(), "grid",
            grid.metres(), g.latitudeColumn(), null, null);
        case CoordinatePrecision.Commune commune -> new Rule(c, GENERALISE_COORDINATES, null, null, g.form(),
            "commune", null, g.latitudeColumn(), null, null);
      };
      case ColumnRule.Band band -> switch (band.bands()) {
        case Bands.Width width -> new Rule(c, BAND, null, null, null, null, null, null, width.width(), null);
        case Bands.Bounds bounds -> new Rule(c, BAND, null, null, null, null, null, null, null, bounds.bounds());
      };
      case ColumnRule.EmptyText empty -> simple(c, EMPTY_TEXT);
      case ColumnRule.CategoryCounts counts -> simple(c, CATEGORY_COUNTS);
    };
  }

  private static Rule simple(String column, String rule) {
    return new Rule(column, rule, null, null, null, null, null, null, null, null);
  }

  private static Cells cells(Aggregation aggregation) {
    List<MeasureDoc> measures = aggregation.measures().stream().map(m -> switch (m) {
      case Measure.Count count -> new MeasureDoc("count", count.output(), null);
      case Measure.Sum sum -> new MeasureDoc("sum", sum.output(), sum.column());
    }).toList();
    Secrecy secrecy = switch (aggregation.secrecy()) {
      case SecrecyRule.MinimumCount min -> new Secrecy("minimum-count", min.units(), min.unitColumn(), null, null,
          null);
      case SecrecyRule.Dominance d -> new Secrecy("dominance", null, d.unitColumn(), d.valueColumn(),
          d.minimumUnits(), d.maximumShare());
    };
    return new Cells(aggregation.groupBy(), measures, secrecy);
  }

  // ------------------------------------------------------------------------------------------------ from JSON

  /** The plan the document describes; {@link IllegalArgumentException} with a French message when it is not one. */
  static OccultationPlan toPlan(Plan doc) {
    List<ColumnRule> rules = new ArrayList<>();
    for (Rule rule : nonNull(doc.columns())) {
      rules.add(toRule(rule));
    }
    try {
      OccultationPlan plan = new OccultationPlan(rules);
      if (doc.smallGroups() != null && doc.aggregation() != null) {
        throw new IllegalArgumentException("suppress small groups of rows, or aggregate: not both");
      }
      if (doc.smallGroups() != null) {
        plan = plan.withSmallGroups(new SmallGroupSuppression(nonNull(doc.smallGroups().quasiIdentifiers()),
            doc.smallGroups().k()));
      }
      if (doc.aggregation() != null) {
        plan = plan.withAggregation(toAggregation(doc.aggregation()));
      }
      return plan;
    } catch (IllegalArgumentException e) {
      String french = french(e.getMessage());
      throw french == null ? e : new IllegalArgumentException(capitalise(french) + ".", e);
    }
  }

  private static ColumnRule toRule(Rule r) {
    if (r.column() == null || r.column().isBlank()) {
      throw new IllegalArgumentException("Chaque règle du plan nomme sa colonne.");
    }
    String c = r.column();
    try {
      return switch (String.valueOf(r.rule())) {
        case KEEP -> new ColumnRule.Keep(c, r.accepted() == null ? Set.of() : Set.copyOf(r.accepted()));
        case DROP -> new ColumnRule.Drop(c);
        case GENERALISE_DATE -> new ColumnRule.GeneraliseDate(c, required(r.precision(), c, "precision"));
        case GENERALISE_COORDINATES -> new ColumnRule.GeneraliseCoordinates(c, required(r.form(), c, "form"),
            switch (String.valueOf(r.to())) {
              case "grid" -> new CoordinatePrecision.Grid(required(r.metres(), c, "metres"));
              case "commune" -> new CoordinatePrecision.Commune();
              default -> throw new IllegalArgumentException("Colonne « " + c + " » : « to » vaut « grid » ou"
                  + " « commune ».");
            }, blankToNull(r.latitudeColumn()));
        case BAND -> new ColumnRule.Band(c, r.bounds() != null && !r.bounds().isEmpty()
            ? new Bands.Bounds(r.bounds()) : new Bands.Width(required(r.width(), c, "width")));
        case EMPTY_TEXT -> new ColumnRule.EmptyText(c);
        case CATEGORY_COUNTS -> new ColumnRule.CategoryCounts(c);
        default -> throw new IllegalArgumentException("Colonne « " + c + " » : règle inconnue « " + r.rule()
            + " » (keep, drop, generalise-date, generalise-coordinates, band, empty-text, category-counts).");
      };
    } catch (IllegalArgumentException e) {
      String french = french(e.getMessage());
      throw french == null ? e : new IllegalArgumentException("Colonne « " + c + " » : " + french + ".", e);
    }
  }

  private static Aggregation toAggregation(Cells cells) {
    List<Measure> measures = new ArrayList<>();
    for (MeasureDoc m : nonNull(cells.measures())) {
      measures.add(switch (String.valueOf(m.type())) {
        case "count" -> new Measure.Count(m.output() == null ? "nombre" : m.output());
        case "sum" -> {
          String column = required(m.column(), "agrégation", "column");
          yield new Measure.Sum(column, m.output() == null ? "somme_" + column : m.output());
        }
        default -> throw new IllegalArgumentException("Mesure inconnue « " + m.type() + " » (count, sum).");
      });
    }
    Secrecy s = cells.secrecy();
    if (s == null) {
      throw new IllegalArgumentException("Une agrégation précise sa règle de secret statistique.");
    }
    SecrecyRule secrecy = switch (String.valueOf(s.type())) {
      case "minimum-count" -> new SecrecyRule.MinimumCount(required(s.units(), "secret", "units"),
          blankToNull(s.unitColumn()));
      case "dominance" -> new SecrecyRule.Dominance(required(s.unitColumn(), "secret", "unitColumn"),
          required(s.valueColumn(), "secret", "valueColumn"),
          s.minimumUnits() == null ? SecrecyRule.BUSINESS_MINIMUM_UNITS : s.minimumUnits(),
          s.maximumShare() == null ? SecrecyRule.BUSINESS_MAXIMUM_SHARE : s.maximumShare());
      default -> throw new IllegalArgumentException("Règle de secret inconnue « " + s.type()
          + " » (minimum-count, dominance).");
    };
    return new Aggregation(nonNull(cells.groupBy()), measures, secrecy);
  }

  private static <T> T required(@Nullable T value, String where, String field) {
    if (value == null || value instanceof String s && s.isBlank()) {
      throw new IllegalArgumentException("Colonne « " + where + " » : « " + field + " » est requis.");
    }
    return value;
  }

  private static <T> List<T> nonNull(@Nullable List<T> list) {
    return list == null ? List.of() : list;
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /** The plan records speak English to developers; data officers read French. Null for messages already French. */
  private static @Nullable String french(@Nullable String message) {
    if (message == null) {
      return null;
    }
    if (message.startsWith("two rules for column ")) {
      return "deux règles pour la colonne « " + message.substring("two rules for column ".length()) + " »";
    }
    return switch (message) {
      case "a grid finer than 100 m does not generalise" -> "une grille plus fine que 100 m ne généralise pas";
      case "band width > 0" -> "la largeur des tranches doit être positive";
      case "bounds strictly increasing" -> "les bornes des tranches doivent être strictement croissantes";
      case "at least one bound" -> "au moins une borne de tranche";
      case "at least one quasi-identifier" -> "la suppression des petits groupes porte sur au moins une colonne";
      case "k >= 2" -> "la taille minimale des groupes est d'au moins 2";
      case "at least one measure" -> "une agrégation compte ou somme au moins une mesure";
      case "a minimum cell size is at least 2" -> "une case publiée compte au moins 2 unités";
      case "minimumUnits >= 1 and 0 < maximumShare <= 1" -> "la part maximale est comprise entre 0 et 1 (de 0 à 100 % dans le formulaire)";
      case "suppress small groups of rows, or aggregate: not both" ->
          "un plan supprime les petits groupes de lignes ou agrège, pas les deux";
      default -> null;
    };
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
