package fr.socle.policies.occultation;

import static java.util.Objects.requireNonNull;

import fr.socle.policies.detection.ColumnContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Applies a plan's column rules to rows as they stream: source row in, published row out (the published columns
 * of the plan, in plan order). A value a rule cannot read (a "date" that is no date) is published empty, never
 * raw. Suppression of small groups and aggregation need the whole table: see {@link QuasiIdentifierGroups} and
 * {@link CellAggregator}. Stateless apart from lookups built once; one instance may serve several threads.
 */
public final class RowTransformer {
  private final List<ColumnRule> published;
  private final int[] sourceIndex;
  private final int[] latitudeIndex;
  private final List<ColumnContext> contexts;
  private final CommuneLocator communes;

  /**
   * @param plan the plan to apply (an aggregation plan publishes cells, not rows: use {@link CellAggregator})
   * @param sourceColumns the columns of the source rows, in order
   * @param schema the dataset's SCDL schema, for the detectors of {@link ColumnRule.CategoryCounts}
   */
  public RowTransformer(
      OccultationPlan plan, List<String> sourceColumns, @Nullable String schema, CommuneLocator communes) {
    requireNonNull(plan, "plan");
    if (plan.cells().isPresent()) {
      throw new IllegalArgumentException("an aggregation plan publishes cells: use CellAggregator");
    }
    this.communes = requireNonNull(communes, "communes");
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < sourceColumns.size(); i++) {
      index.put(sourceColumns.get(i), i);
    }
    this.published = plan.columns().stream().filter(ColumnRule::publishes).toList();
    this.sourceIndex = new int[published.size()];
    this.latitudeIndex = new int[published.size()];
    List<ColumnContext> ctx = new ArrayList<>();
    for (int i = 0; i < published.size(); i++) {
      ColumnRule rule = published.get(i);
      Integer source = index.get(rule.column());
      if (source == null) {
        throw new IllegalArgumentException("the plan names " + rule.column() + ", absent from the source");
      }
      sourceIndex[i] = source;
      latitudeIndex[i] = rule instanceof ColumnRule.GeneraliseCoordinates g && g.latitudeColumn() != null
          ? index.getOrDefault(g.latitudeColumn(), -1) : -1;
      ctx.add(new ColumnContext(rule.column(), schema, sourceColumns));
    }
    this.contexts = List.copyOf(ctx);
  }

  /** The published columns, in the order of {@link #apply}'s output. */
  public List<String> outputColumns() {
    return published.stream().map(ColumnRule::column).toList();
  }

  public List<@Nullable String> apply(List<? extends @Nullable CharSequence> row) {
    List<@Nullable String> out = new ArrayList<>(published.size());
    for (int i = 0; i < published.size(); i++) {
      CharSequence value = row.get(sourceIndex[i]);
      Double latitude = latitudeIndex[i] >= 0
          ? CoordinateGeneralisation.number(String.valueOf(row.get(latitudeIndex[i]))).orElse(null) : null;
      out.add(apply(published.get(i), value, contexts.get(i), latitude, communes));
    }
    return out;
  }

  /** One value through one rule; null means "published empty". */
  public static @Nullable String apply(ColumnRule rule, @Nullable CharSequence value, ColumnContext ctx,
      @Nullable Double latitude, CommuneLocator communes) {
    if (value == null) {
      return null;
    }
    return switch (rule) {
      case ColumnRule.Keep keep -> value.toString();
      case ColumnRule.Drop drop -> null;
      case ColumnRule.EmptyText empty -> null;
      case ColumnRule.CategoryCounts counts -> FreeTextReduction.categoryCounts(value, ctx);
      case ColumnRule.GeneraliseDate date -> DateGeneralisation.apply(value, date.precision()).orElse(null);
      case ColumnRule.Band band -> Banding.apply(value, band.bands()).orElse(null);
      case ColumnRule.GeneraliseCoordinates coordinates -> switch (coordinates.precision()) {
        case CoordinatePrecision.Grid grid ->
            CoordinateGeneralisation.apply(value, coordinates.form(), grid.metres(), latitude).orElse(null);
        case CoordinatePrecision.Commune commune -> toCommune(value, coordinates.form(), latitude, communes);
      };
    };
  }

  private static @Nullable String toCommune(
      CharSequence value, CoordinateForm form, @Nullable Double latitude, CommuneLocator communes) {
    // The commune needs both coordinates: a pair in the value, or a longitude with its row's latitude.
    String s = value.toString().strip();
    Optional<CoordinateGeneralisation.LatLon> position = switch (form) {
      case LAT_LON -> CoordinateGeneralisation.pair(s).map(p -> new CoordinateGeneralisation.LatLon(p[0], p[1]));
      case WKT_POINT -> CoordinateGeneralisation.wktPoint(s).map(p -> new CoordinateGeneralisation.LatLon(p[1], p[0]));
      case LONGITUDE -> latitude == null ? Optional.empty()
          : CoordinateGeneralisation.number(s)
              .map(lon -> new CoordinateGeneralisation.LatLon(latitude, lon));
      default -> Optional.empty();
    };
    return position.flatMap(p -> communes.communeAt(p.latitude(), p.longitude())).orElse(null);
  }
}
