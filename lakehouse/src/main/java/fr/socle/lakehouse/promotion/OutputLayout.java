package fr.socle.lakehouse.promotion;

import fr.socle.lakehouse.ingest.ColumnType;
import fr.socle.policies.detection.ColumnContext;
import fr.socle.policies.occultation.Aggregation;
import fr.socle.policies.occultation.ColumnRule;
import fr.socle.policies.occultation.CoordinateForm;
import fr.socle.policies.occultation.CoordinatePrecision;
import fr.socle.policies.occultation.Measure;
import fr.socle.policies.occultation.OccultationPlan;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.iceberg.Schema;
import org.apache.iceberg.types.Types;
import org.jspecify.annotations.Nullable;

/**
 * What a plan makes of a source table: the source columns to read (only those the output depends on: a dropped
 * column is never read), the published columns with their types and documentation, and the columns that identify a
 * row for its record id. A column of the plan missing from the source stops the promotion (the plan no longer
 * describes the table); a column of the source the plan does not name is not published (plans are allow-lists).
 */
final class OutputLayout {
  final OccultationPlan plan;
  final List<String> sourceColumns;
  final List<ColumnType> sourceTypes;
  final List<OutputColumn> columns;
  final int[] hashColumns;
  final Schema schema;
  final @Nullable Aggregation aggregation;
  final @Nullable String scdlSchema;

  private OutputLayout(OccultationPlan plan, List<String> sourceColumns, List<ColumnType> sourceTypes,
      List<OutputColumn> columns, int[] hashColumns, Schema schema, @Nullable Aggregation aggregation,
      @Nullable String scdlSchema) {
    this.plan = plan;
    this.sourceColumns = List.copyOf(sourceColumns);
    this.sourceTypes = List.copyOf(sourceTypes);
    this.columns = List.copyOf(columns);
    this.hashColumns = hashColumns;
    this.schema = schema;
    this.aggregation = aggregation;
    this.scdlSchema = scdlSchema;
  }

  static OutputLayout of(Schema source, OccultationPlan plan, List<String> recordKey, @Nullable String scdlSchema)
      throws PromotionException {
    List<String> missing = plan.namedColumns().stream()
        .filter(c -> plan.rule(c).map(ColumnRule::publishes).orElse(true))
        .filter(c -> source.findField(c) == null).toList();
    List<String> missingKey = recordKey.stream().filter(c -> source.findField(c) == null).toList();
    if (!missing.isEmpty() || !missingKey.isEmpty()) {
      List<String> all = new ArrayList<>(missing);
      all.addAll(missingKey);
      throw new PromotionException(PromotionException.Code.PLAN_MISMATCH, "colonne(s) nommée(s) par la décision mais"
          + " absente(s) de la table source : " + String.join(", ", all) + " ; la décision est à revoir");
    }
    return plan.cells().isPresent()
        ? aggregate(source, plan, plan.cells().get(), scdlSchema)
        : rows(source, plan, recordKey, scdlSchema);
  }

  private static OutputLayout rows(Schema source, OccultationPlan plan, List<String> recordKey,
      @Nullable String scdlSchema) {
    List<String> read = new ArrayList<>();
    List<ColumnType> readTypes = new ArrayList<>();
    List<OutputColumn> columns = new ArrayList<>();
    List<Types.NestedField> fields = new ArrayList<>();
    List<String> sourceNames = source.columns().stream().map(Types.NestedField::name).toList();
    columns.add(new OutputColumn.RecordId());
    fields.add(Types.NestedField.optional(1, OutputColumn.RecordId.NAME, Types.StringType.get(),
        "Identifiant stable de l'enregistrement (empreinte de la ligne source)"));
    Set<String> identifying = new LinkedHashSet<>();
    for (ColumnRule rule : plan.columns()) {
      if (!rule.publishes()) {
        continue;
      }
      Types.NestedField field = source.findField(rule.column());
      ColumnType sourceType = SnapshotReader.columnType(field.type());
      OutputColumn column = switch (rule) {
        case ColumnRule.Keep keep -> new OutputColumn.Copy(rule.column(), sourceType,
            index(read, readTypes, rule.column(), sourceType));
        case ColumnRule.EmptyText empty -> new OutputColumn.Empty(rule.column(), sourceType);
        case ColumnRule.GeneraliseCoordinates g when g.precision() instanceof CoordinatePrecision.Grid grid
            && numeric(sourceType) && (g.form() == CoordinateForm.LATITUDE || g.form() == CoordinateForm.LONGITUDE
                || g.form() == CoordinateForm.PROJECTED) -> new OutputColumn.Grid(rule.column(),
            index(read, readTypes, rule.column(), sourceType), latitude(source, g, read, readTypes), g.form(),
            grid.metres());
        default -> new OutputColumn.Rule(rule.column(), rule, index(read, readTypes, rule.column(), sourceType),
            rule instanceof ColumnRule.GeneraliseCoordinates g ? latitude(source, g, read, readTypes) : -1,
            new ColumnContext(rule.column(), scdlSchema, sourceNames), sourceType);
      };
      columns.add(column);
      if (!(rule instanceof ColumnRule.EmptyText)) {
        identifying.add(rule.column());
      }
      String doc = field.doc() == null ? rule.column() : field.doc();
      fields.add(Types.NestedField.optional(fields.size() + 1, rule.column(), column.type().icebergType(),
          rule.transforms() ? doc + " — " + rule.describe() : doc));
    }
    List<String> hashed = new ArrayList<>(recordKey.isEmpty() ? identifying : new LinkedHashSet<>(recordKey));
    hashed.sort(String::compareTo);
    int[] hashColumns = new int[hashed.size()];
    for (int i = 0; i < hashed.size(); i++) {
      String name = hashed.get(i);
      hashColumns[i] = index(read, readTypes, name, SnapshotReader.columnType(source.findField(name).type()));
    }
    return new OutputLayout(plan, read, readTypes, columns, hashColumns, new Schema(fields), null, scdlSchema);
  }

  private static OutputLayout aggregate(Schema source, OccultationPlan plan, Aggregation cells,
      @Nullable String scdlSchema) {
    List<String> read = new ArrayList<>(cells.inputs());
    List<ColumnType> readTypes = read.stream().map(c -> SnapshotReader.columnType(source.findField(c).type()))
        .toList();
    List<OutputColumn> columns = new ArrayList<>();
    List<Types.NestedField> fields = new ArrayList<>();
    columns.add(new OutputColumn.RecordId());
    fields.add(Types.NestedField.optional(1, OutputColumn.RecordId.NAME, Types.StringType.get(),
        "Identifiant stable de la case (empreinte de ses valeurs de regroupement)"));
    for (String column : cells.groupBy()) {
      Optional<ColumnRule> rule = plan.rule(column).filter(ColumnRule::transforms);
      ColumnType sourceType = readTypes.get(read.indexOf(column));
      ColumnType type = rule.isPresent() || sourceType == ColumnType.TIMESTAMP || sourceType == ColumnType.GEOMETRY
          ? ColumnType.STRING : sourceType;
      columns.add(new OutputColumn.Cell(column, type));
      String doc = source.findField(column).doc() == null ? column : source.findField(column).doc();
      fields.add(Types.NestedField.optional(fields.size() + 1, column, type.icebergType(),
          rule.map(r -> doc + " — " + r.describe()).orElse(doc)));
    }
    for (Measure measure : cells.measures()) {
      ColumnType type = measure instanceof Measure.Count ? ColumnType.LONG : ColumnType.DOUBLE;
      columns.add(new OutputColumn.Cell(measure.output(), type));
      fields.add(Types.NestedField.optional(fields.size() + 1, measure.output(), type.icebergType(),
          measure instanceof Measure.Sum sum ? "Somme de " + sum.column() + " — " + cells.secrecy().describe()
              : "Nombre de lignes de la case — " + cells.secrecy().describe()));
    }
    return new OutputLayout(plan, read, readTypes, columns, new int[0], new Schema(fields), cells, scdlSchema);
  }

  /** The published columns, record id aside, in output order: what the gate checks. */
  List<String> gateColumns() {
    return columns.subList(1, columns.size()).stream().map(OutputColumn::name).toList();
  }

  List<ColumnType> outputTypes() {
    return columns.stream().map(OutputColumn::type).toList();
  }

  boolean aggregates() {
    return aggregation != null;
  }

  private static boolean numeric(ColumnType type) {
    return type == ColumnType.DOUBLE || type == ColumnType.LONG;
  }

  private static int latitude(Schema source, ColumnRule.GeneraliseCoordinates g, List<String> read,
      List<ColumnType> types) {
    String latitude = g.latitudeColumn();
    if (latitude == null || source.findField(latitude) == null) {
      return -1;
    }
    return index(read, types, latitude, SnapshotReader.columnType(source.findField(latitude).type()));
  }

  private static int index(List<String> read, List<ColumnType> types, String column, ColumnType type) {
    int i = read.indexOf(column);
    if (i < 0) {
      read.add(column);
      types.add(type);
      i = read.size() - 1;
    }
    return i;
  }
}
