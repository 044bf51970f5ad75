package fr.socle.portal.classification;

import fr.socle.policies.communicability.Decision;
import fr.socle.policies.communicability.ExemptionCategory;
import fr.socle.policies.communicability.LegalBasis;
import fr.socle.policies.communicability.Status;
import fr.socle.policies.detection.ColumnFindings;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The decision form of the review page, as typed: status, legal bases, D312-1-3 category, dates, justification,
 * and the plan editor (one row per column; small-group suppression; optional aggregation). Kept as text so that a
 * refused form comes back as the data officer left it; {@link #toDecision} maps it to a {@link Decision} through
 * the plan's JSON vocabulary ({@link PlanJson}), so the page and the API accept exactly the same plans.
 */
record DecisionForm(
    String basedOn,
    String status,
    List<String> bases,
    String exemption,
    String communicableFrom,
    String justification,
    String reviewDate,
    List<Row> rows,
    String k,
    List<String> quasiIdentifiers,
    boolean aggregate,
    List<String> groupBy,
    boolean count,
    List<String> sums,
    String secrecy,
    String secrecyUnits,
    String secrecyUnitColumn,
    String secrecyValueColumn,
    String secrecyShare) {

  /** The rules of the editor, as offered in each row's list. */
  static final List<String> RULES = List.of("keep", "drop", "date-month", "date-year", "grid", "commune", "band",
      "empty", "counts");

  /**
   * One column's row.
   *
   * @param rule one of {@link #RULES}
   * @param metres grid size for "grid"
   * @param bands a width ("10") or bounds ("18;25;60") for "band"
   * @param form how the column holds the location, for "grid" and "commune"
   * @param latitude the latitude column of a longitude column
   * @param accepted personal kinds published as they are, for "keep"
   */
  record Row(String column, String rule, String metres, String bands, String form, String latitude,
      List<String> accepted) {
    Row {
      accepted = List.copyOf(accepted);
    }
  }

  DecisionForm {
    bases = List.copyOf(bases);
    rows = List.copyOf(rows);
    quasiIdentifiers = List.copyOf(quasiIdentifiers);
    groupBy = List.copyOf(groupBy);
    sums = List.copyOf(sums);
  }

  /** The outcome of mapping: a decision, or what keeps the form from being one. */
  record Mapping(@Nullable Decision decision, List<String> errors) {
    Mapping {
      errors = List.copyOf(errors);
    }
  }

  // ------------------------------------------------------------------------------------------------ reading

  static DecisionForm from(Map<String, List<String>> params) {
    FormValues f = new FormValues(params, new ArrayList<>());
    List<String> columns = f.all("column");
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      rows.add(new Row(columns.get(i), f.text("rule." + i), f.text("metres." + i), f.text("bands." + i),
          f.text("form." + i), f.text("latitude." + i), f.all("accepted." + i)));
    }
    return new DecisionForm(f.text("basedOn"), f.text("status"), f.all("bases"), f.text("exemption"),
        f.text("communicableFrom"), f.text("justification"), f.text("reviewDate"), rows, f.text("k"),
        f.all("quasiIdentifiers"), f.checked("aggregate"), f.all("groupBy"), f.checked("count"), f.all("sums"),
        f.text("secrecy"), f.text("secrecyUnits"), f.text("secrecyUnitColumn"), f.text("secrecyValueColumn"),
        f.text("secrecyShare"));
  }

  /**
   * A form pre-filled from a decision (the current one, or the proposal as a decision), one row per column of the
   * table; a column the plan does not name takes the rule of {@code fallback} (the proposal's), else "drop". The
   * last scan's {@code findings} by column, when there is one, give each row the coordinate form it would take if
   * the officer made it a grid.
   */
  static DecisionForm of(@Nullable Integer basedOn, Decision decision, List<String> columns,
      OccultationPlan fallback, Map<String, ColumnFindings> findings) {
    OccultationPlan plan = decision.plan();
    List<Row> rows = new ArrayList<>();
    for (String column : columns) {
      ColumnRule rule = plan.rule(column).or(() -> fallback.rule(column)).orElse(new ColumnRule.Drop(column));
      ColumnFindings scanned = findings.get(column);
      rows.add(row(rule, scanned == null ? CoordinateForm.guessFromName(column) : CoordinateForm.guess(scanned)));
    }
    var groups = plan.smallGroupSuppression();
    var cells = plan.cells();
    Optional<SecrecyRule> secrecy = cells.map(Aggregation::secrecy);
    return new DecisionForm(basedOn == null ? "" : basedOn.toString(), decision.status().name(),
        decision.legalBases().stream().map(LegalBasis::name).toList(),
        decision.exemption() == null ? "" : decision.exemption().name(), text(decision.communicableFrom()),
        decision.justification(), text(decision.reviewDate()), rows,
        groups.map(g -> Integer.toString(g.k())).orElse(""), groups.map(g -> g.quasiIdentifiers()).orElse(List.of()),
        cells.isPresent(), cells.map(Aggregation::groupBy).orElse(List.of()),
        cells.map(a -> a.measures().stream().anyMatch(m -> m instanceof Measure.Count)).orElse(true),
        cells.map(a -> a.measures().stream().filter(m -> m instanceof Measure.Sum)
            .map(m -> ((Measure.Sum) m).column()).toList()).orElse(List.of()),
        secrecy.map(s -> s instanceof SecrecyRule.Dominance ? "dominance" : "minimum").orElse("minimum"),
        secrecy.map(s -> s instanceof SecrecyRule.MinimumCount min ? Integer.toString(min.units())
            : Integer.toString(((SecrecyRule.Dominance) s).minimumUnits())).orElse(""),
        secrecy.map(s -> s instanceof SecrecyRule.MinimumCount min ? text(min.unitColumn())
            : ((SecrecyRule.Dominance) s).unitColumn()).orElse(""),
        secrecy.map(s -> s instanceof SecrecyRule.Dominance d ? d.valueColumn() : "").orElse(""),
        secrecy.map(s -> s instanceof SecrecyRule.Dominance d ? Long.toString(Math.round(d.maximumShare() * 100))
            : "").orElse(""));
  }

  static Row row(ColumnRule rule, CoordinateForm guessedForm) {
    String c = rule.column();
    String guessed = guessedForm.name();
    return switch (rule) {
      case ColumnRule.Keep keep -> new Row(c, "keep", "", "", guessed, "",
          keep.accepted().stream().sorted().map(Enum::name).toList());
      case ColumnRule.Drop drop -> new Row(c, "drop", "", "", guessed, "", List.of());
      case ColumnRule.GeneraliseDate date -> new Row(c, date.precision() == DatePrecision.MONTH ? "date-month"
          : "date-year", "", "", guessed, "", List.of());
      case ColumnRule.GeneraliseCoordinates g -> new Row(c, g.precision() instanceof CoordinatePrecision.Grid
          ? "grid" : "commune", g.precision() instanceof CoordinatePrecision.Grid grid
          ? Integer.toString(grid.metres()) : "", "", g.form().name(), text(g.latitudeColumn()), List.of());
      case ColumnRule.Band band -> new Row(c, "band", "", switch (band.bands()) {
        case Bands.Width width -> width.width().toPlainString();
        case Bands.Bounds bounds -> String.join(";", bounds.bounds().stream().map(BigDecimal::toPlainString)
            .toList());
      }, guessed, "", List.of());
      case ColumnRule.EmptyText empty -> new Row(c, "empty", "", "", guessed, "", List.of());
      case ColumnRule.CategoryCounts counts -> new Row(c, "counts", "", "", guessed, "", List.of());
    };
  }

  // ------------------------------------------------------------------------------------------------ mapping

  /** The decision the form describes, by {@code decidedBy} on {@code decidedOn}, or the form's mistakes. */
  Mapping toDecision(String decidedBy, LocalDate decidedOn) {
    List<String> errors = new ArrayList<>();
    Status chosen = status.isBlank() ? null : FormValues.constant(Status.class, status, "Statut", errors);
    if (status.isBlank()) {
      errors.add("Choisir un statut.");
    }
    List<LegalBasis> legalBases = new ArrayList<>();
    for (String basis : bases) {
      LegalBasis parsed = FormValues.constant(LegalBasis.class, basis, "Base légale", errors);
      if (parsed != null && !legalBases.contains(parsed)) {
        legalBases.add(parsed);
      }
    }
    ExemptionCategory category = FormValues.constant(ExemptionCategory.class, exemption, "Catégorie D312-1-3",
        errors);
    LocalDate from = FormValues.date(communicableFrom, "Communicable à partir du", errors);
    LocalDate review = FormValues.date(reviewDate, "Date de réexamen", errors);
    if (reviewDate.isBlank()) {
      errors.add("La date de réexamen est requise.");
    }
    OccultationPlan plan = plan(errors);
    if (!errors.isEmpty() || chosen == null || review == null || plan == null) {
      return new Mapping(null, errors);
    }
    return new Mapping(new Decision(chosen, legalBases, plan, category, from, justification, review, decidedBy,
        decidedOn), List.of());
  }

  private @Nullable OccultationPlan plan(List<String> errors) {
    List<PlanJson.Rule> rules = new ArrayList<>();
    for (Row row : rows) {
      PlanJson.Rule rule = rule(row, errors);
      if (rule != null) {
        rules.add(rule);
      }
    }
    PlanJson.SmallGroups groups = null;
    Integer minimum = FormValues.integer(k, "Taille minimale des groupes", errors);
    if (minimum != null) {
      if (quasiIdentifiers.isEmpty()) {
        errors.add("Petits groupes : cocher les quasi-identifiants sur lesquels compter les groupes.");
      }
      groups = new PlanJson.SmallGroups(quasiIdentifiers, minimum);
    } else if (!quasiIdentifiers.isEmpty() && !aggregate) {
      errors.add("Petits groupes : indiquer la taille minimale des groupes (k).");
    }
    PlanJson.Cells cells = aggregate ? cells(errors) : null;
    if (!errors.isEmpty()) {
      return null;
    }
    try {
      return PlanJson.toPlan(new PlanJson.Plan(rules, groups, cells));
    } catch (IllegalArgumentException e) {
      errors.add(e.getMessage());
      return null;
    }
  }

  private static PlanJson.@Nullable Rule rule(Row row, List<String> errors) {
    String c = row.column();
    String where = "Colonne « " + c + " »";
    return switch (row.rule()) {
      case "keep" -> {
        List<FindingKind> accepted = new ArrayList<>();
        for (String kind : row.accepted()) {
          FindingKind parsed = FormValues.constant(FindingKind.class, kind, where, errors);
          if (parsed != null) {
            accepted.add(parsed);
          }
        }
        yield new PlanJson.Rule(c, PlanJson.KEEP, accepted, null, null, null, null, null, null, null);
      }
      case "drop", "" -> simple(c, PlanJson.DROP);
      case "date-month", "date-year" -> new PlanJson.Rule(c, PlanJson.GENERALISE_DATE, null,
          row.rule().equals("date-month") ? DatePrecision.MONTH : DatePrecision.YEAR, null, null, null, null, null,
          null);
      case "grid", "commune" -> {
        CoordinateForm form = FormValues.constant(CoordinateForm.class, row.form(), where, errors);
        if (row.form().isBlank()) {
          errors.add(where + " : préciser la forme des coordonnées.");
        }
        Integer metres = null;
        if (row.rule().equals("grid")) {
          metres = FormValues.integer(row.metres(), where + ", taille de la grille", errors);
          if (row.metres().isBlank()) {
            errors.add(where + " : indiquer la taille de la grille en mètres.");
          }
        }
        yield new PlanJson.Rule(c, PlanJson.GENERALISE_COORDINATES, null, null, form, row.rule(), metres,
            row.latitude().isBlank() ? null : row.latitude(), null, null);
      }
      case "band" -> band(row, where, errors);
      case "empty" -> simple(c, PlanJson.EMPTY_TEXT);
      case "counts" -> simple(c, PlanJson.CATEGORY_COUNTS);
      default -> {
        errors.add(where + " : règle inconnue « " + row.rule() + " ».");
        yield null;
      }
    };
  }

  private static PlanJson.@Nullable Rule band(Row row, String where, List<String> errors) {
    String text = row.bands().replace(',', '.');
    if (text.isBlank()) {
      errors.add(where + " : indiquer la largeur des tranches, ou leurs bornes séparées par des points-virgules.");
      return null;
    }
    try {
      List<BigDecimal> numbers = new ArrayList<>();
      for (String part : text.split("[;\\s]+")) {
        if (!part.isBlank()) {
          numbers.add(new BigDecimal(part));
        }
      }
      return numbers.size() == 1
          ? new PlanJson.Rule(row.column(), PlanJson.BAND, null, null, null, null, null, null, numbers.getFirst(), null)
          : new PlanJson.Rule(row.column(), PlanJson.BAND, null, null, null, null, null, null, null, numbers);
    } catch (NumberFormatException e) {
      errors.add(where + " : tranches invalides « " + row.bands()
          + " » (une largeur, ou des bornes « 18;25;60 »).");
      return null;
    }
  }

  private PlanJson.@Nullable Cells cells(List<String> errors) {
    List<PlanJson.MeasureDoc> measures = new ArrayList<>();
    if (count) {
      measures.add(new PlanJson.MeasureDoc("count", "nombre", null));
    }
    for (String column : sums) {
      measures.add(new PlanJson.MeasureDoc("sum", "somme_" + column, column));
    }
    if (measures.isEmpty()) {
      errors.add("Agrégation : compter les lignes ou sommer au moins une colonne.");
    }
    Integer units = FormValues.integer(secrecyUnits, "Secret statistique, unités par case", errors);
    PlanJson.Secrecy rule;
    if (secrecy.equals("dominance")) {
      if (secrecyUnitColumn.isBlank() || secrecyValueColumn.isBlank()) {
        errors.add("Secret statistique des entreprises : choisir la colonne qui distingue les entreprises et celle"
            + " des montants.");
      }
      Integer share = FormValues.integer(secrecyShare, "Secret statistique, part maximale", errors);
      rule = new PlanJson.Secrecy("dominance", null, secrecyUnitColumn, secrecyValueColumn, units,
          share == null ? null : share / 100.0);
    } else {
      if (units == null) {
        errors.add("Secret statistique : indiquer le nombre minimal d'unités par case.");
      }
      rule = new PlanJson.Secrecy("minimum-count", units, secrecyUnitColumn.isBlank() ? null : secrecyUnitColumn,
          null, null, null);
    }
    return new PlanJson.Cells(groupBy, measures, rule);
  }

  private static PlanJson.Rule simple(String column, String rule) {
    return new PlanJson.Rule(column, rule, null, null, null, null, null, null, null, null);
  }

  private static String text(@Nullable Object value) {
    return value == null ? "" : value.toString();
  }

  /** Whether the row's rule is one of the coordinate rules (the template shows their settings). */
  static boolean isCoordinates(String rule) {
    return rule.equals("grid") || rule.equals("commune");
  }
}
