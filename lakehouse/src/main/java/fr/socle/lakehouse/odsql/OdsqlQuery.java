package fr.socle.lakehouse.odsql;

import fr.socle.lakehouse.query.PreparedSql;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An Explore API query on one dataset ({@code select}, {@code where}, {@code group_by}, {@code order_by},
 * refinements, paging) planned as one Trino statement. Without {@code group_by} nor aggregation the records come in
 * the order asked, then by record id, so that pages never overlap. Output columns are named {@code c0, c1...} in
 * the SQL: the keys users chose stay in Java.
 */
public final class OdsqlQuery {
  private final OdsqlSchema schema;
  private final Translator translator;
  private @Nullable String select;
  private final List<String> where = new ArrayList<>();
  private @Nullable String groupBy;
  private @Nullable String orderBy;
  private final List<String> refine = new ArrayList<>();
  private final List<String> exclude = new ArrayList<>();
  private long limit = -1;
  private long offset;
  private boolean defaultOrder = true;
  /** The relation read instead of the schema's table (a copy of its rows), or null. */
  private @Nullable String relation;

  private OdsqlQuery(OdsqlSchema schema) {
    this.schema = schema;
    this.translator = new Translator(schema);
  }

  /** A text as an ODSQL string literal: escaped here, then parsed and bound like any user value. */
  public static String literal(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  public static OdsqlQuery on(OdsqlSchema schema) {
    return new OdsqlQuery(schema);
  }

  /** The statement, its result columns, and whether it aggregates. */
  public record Plan(PreparedSql sql, List<OutputColumn> columns, boolean aggregated) {
    public Plan {
      columns = List.copyOf(columns);
    }
  }

  public OdsqlQuery select(@Nullable String text) {
    this.select = blankToNull(text);
    return this;
  }

  /** Repeated {@code where} parameters are combined with {@code and}. */
  public OdsqlQuery where(@Nullable String text) {
    if (blankToNull(text) != null) {
      where.add(text);
    }
    return this;
  }

  public OdsqlQuery groupBy(@Nullable String text) {
    this.groupBy = blankToNull(text);
    return this;
  }

  public OdsqlQuery orderBy(@Nullable String text) {
    this.orderBy = blankToNull(text);
    return this;
  }

  public OdsqlQuery refine(String facetColonValue) {
    refine.add(facetColonValue);
    return this;
  }

  public OdsqlQuery exclude(String facetColonValue) {
    exclude.add(facetColonValue);
    return this;
  }

  /** Whether no {@code where}, {@code refine} or {@code exclude} narrows the rows (what is selected of them aside). */
  public boolean filtersNothing() {
    return where.isEmpty() && refine.isEmpty() && exclude.isEmpty();
  }

  /** The instant {@code now()} stands for (by default, when the query was made). */
  public OdsqlQuery at(Instant now) {
    translator.now(now);
    return this;
  }

  /**
   * ODS's {@code timezone}: dates written without an offset, the parts of date-times ({@code year()},
   * {@code date_format()}, refinements on a day) and {@code now()}'s arguments are read on its clock (UTC by default).
   */
  public OdsqlQuery timezone(ZoneId zone) {
    translator.zone(zone);
    return this;
  }

  /** ODS's {@code lang}: the language of the day and month names {@code date_format()} writes (French by default). */
  public OdsqlQuery lang(java.util.Locale language) {
    translator.locale(language);
    return this;
  }

  /** Negative means no limit. */
  public OdsqlQuery page(long limit, long offset) {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative");
    }
    this.limit = limit;
    this.offset = offset;
    return this;
  }

  /**
   * Plans the statement over another relation holding the same rows as the schema's table: a local copy of a
   * published version (see {@link #portable}). Only a quoted identifier is accepted; null reads the table again.
   */
  public OdsqlQuery from(@Nullable String quotedRelation) {
    if (quotedRelation != null && !RELATION.matcher(quotedRelation).matches()) {
      throw new IllegalArgumentException("not a quoted identifier: " + quotedRelation);
    }
    this.relation = quotedRelation;
    return this;
  }

  private static final java.util.regex.Pattern RELATION = java.util.regex.Pattern.compile("\"[a-z0-9_]{1,128}\"");

  /** The field types whose columns any SQL engine reads as Trino does: no time zone, no geometry. */
  private static final Set<FieldType> PLAIN_TYPES =
      java.util.EnumSet.of(FieldType.TEXT, FieldType.INT, FieldType.DOUBLE, FieldType.BOOLEAN, FieldType.DATE);

  /**
   * Whether the statement is plain SQL that another engine reading the same rows answers exactly as Trino does:
   * every field of the table of a plain type (text, number, boolean, date), no {@code group_by} nor aggregate,
   * fields selected and sorted as they are, and conditions made of comparisons, {@code in}, ranges, null tests
   * and boolean logic over fields and literals. Text search, {@code like}, functions, arithmetic and geography are
   * Trino's own (folding, regular expressions, time zones, spatial functions) and keep the query on Trino.
   */
  public boolean portable() {
    if (groupBy != null || schema.fields().stream().anyMatch(f -> !PLAIN_TYPES.contains(f.type()))) {
      return false;
    }
    try {
      for (SelectItem item : select == null ? List.<SelectItem>of() : OdsqlParser.select(select)) {
        boolean plain = switch (item.expression()) {
          case Expr.Star star -> true;
          case Expr.FieldRef ref -> true;
          case Expr.Call call -> (call.name().equals("include") || call.name().equals("exclude"))
              && call.arguments().stream().allMatch(Expr.FieldRef.class::isInstance);
          default -> false;
        };
        if (!plain) {
          return false;
        }
      }
      for (OrderItem item : orderBy == null ? List.<OrderItem>of() : OdsqlParser.orderBy(orderBy)) {
        if (!(item.expression() instanceof Expr.FieldRef)) {
          return false;
        }
      }
      for (String text : where) {
        if (!plainCondition(OdsqlParser.where(text))) {
          return false;
        }
      }
    } catch (OdsqlException e) {
      return false;
    }
    // refinements on plain fields are equalities (dates: a day's bounds)
    return true;
  }

  private static boolean plainCondition(Expr expr) {
    return switch (expr) {
      case Expr.Logical logical -> logical.operands().stream().allMatch(OdsqlQuery::plainCondition);
      case Expr.Not not -> plainCondition(not.operand());
      case Expr.Compare compare -> plainValue(compare.left()) && plainValue(compare.right());
      case Expr.In in -> plainValue(in.operand()) && in.values().stream().allMatch(OdsqlQuery::plainValue);
      case Expr.InRange range -> plainValue(range.operand()) && plainValue(range.low()) && plainValue(range.high());
      case Expr.IsNull isNull -> plainValue(isNull.operand());
      case Expr.Bool bool -> true;
      case Expr.FieldRef ref -> true;
      default -> false;
    };
  }

  private static boolean plainValue(Expr expr) {
    return expr instanceof Expr.FieldRef || Translator.isLiteral(expr);
  }

  /** Exports skip the default order by record id (a full sort) unless {@code order_by} asks for one. */
  public OdsqlQuery defaultOrder(boolean byRecordId) {
    this.defaultOrder = byRecordId;
    return this;
  }

  public Plan plan() {
    List<SelectItem> selectItems = select == null ? null : OdsqlParser.select(select);
    List<SelectItem> groupItems = groupBy == null ? List.of() : OdsqlParser.groupBy(groupBy);
    List<OrderItem> orderItems = orderBy == null ? List.of() : OdsqlParser.orderBy(orderBy);

    Sql condition = condition();
    List<Sql> columns = new ArrayList<>();
    List<OutputColumn> outputs = new ArrayList<>();
    List<Integer> groupOrdinals = new ArrayList<>();
    boolean aggregated;
    try {
      aggregated = !groupItems.isEmpty();
      List<Translator.Typed> selected = new ArrayList<>();
      List<SelectItem> items = selectItems == null ? (groupItems.isEmpty() ? List.of(star()) : groupItems)
          : selectItems;
      Set<String> excluded = new HashSet<>();
      List<SelectItem> written = new ArrayList<>();
      for (SelectItem item : items) {
        List<String> excludedFields = fieldsOf(item, "exclude");
        List<String> includedFields = fieldsOf(item, "include");
        if (excludedFields != null) {
          excluded.addAll(excludedFields);
        } else if (includedFields == null) {
          written.add(item);
        } else {
          for (String included : includedFields) {
            written.add(new SelectItem(new Expr.FieldRef(included), includedFields.size() == 1 ? item.alias() : null,
                included));
          }
        }
      }
      List<SelectItem> expanded = new ArrayList<>();
      for (SelectItem item : written.isEmpty() ? List.of(star()) : written) {
        if (item.expression() instanceof Expr.Star) {
          for (OdsqlField field : schema.fields()) {
            if (!excluded.contains(field.name())) {
              expanded.add(new SelectItem(new Expr.FieldRef(field.name()), null, field.name()));
            }
          }
        } else if (!(item.expression() instanceof Expr.FieldRef ref && excluded.contains(ref.name()))) {
          expanded.add(item);
        }
      }
      if (selectItems != null) {
        // As Opendatasoft does, every group's key is in the results, named in the select or not.
        for (int g = 0; g < groupItems.size(); g++) {
          if (columnOfGroup(expanded, groupItems, g) < 0) {
            expanded.add(groupItems.get(g));
          }
        }
      }
      Set<String> keys = new HashSet<>();
      for (SelectItem item : expanded) {
        if (!keys.add(item.key())) {
          throw OdsqlException.semantic("Duplicate name in select: " + item.key()).in("select");
        }
        int group = indexOfGroup(groupItems, item);
        if (group >= 0) {
          Translator.GroupColumn column = groupColumn(groupItems.get(group));
          selected.add(column.value());
          outputs.add(new OutputColumn(item.key(), column.buckets() != null && column.buckets().step() == null
              ? FieldType.TEXT : column.value().type(), column.buckets()));
          continue;
        }
        Translator.Typed typed;
        try {
          typed = translator.value(item.expression(), Translator.Scope.SELECT);
        } catch (OdsqlException e) {
          throw e.in("select");
        }
        aggregated |= typed.aggregate();
        selected.add(typed);
        outputs.add(new OutputColumn(item.key(), typed.type(), null));
      }
      if (aggregated) {
        for (int i = 0; i < expanded.size(); i++) {
          if (!selected.get(i).aggregate() && indexOfGroup(groupItems, expanded.get(i)) < 0
              && !isConstant(expanded.get(i).expression())) {
            throw OdsqlException.semantic("Field " + expanded.get(i).key()
                + " must be aggregated or appear in group_by").in("select");
          }
        }
      }
      for (Translator.Typed typed : selected) {
        columns.add(typed.sql());
      }
      for (int g = 0; g < groupItems.size(); g++) {
        // A group is selected once and grouped by its position: the same expression written twice would carry
        // parameters of its own, and Trino would not know it for the group.
        groupOrdinals.add(columnOfGroup(expanded, groupItems, g) + 1);
        Translator.GroupColumn group = groupColumn(groupItems.get(g));
        if (group.buckets() != null) {
          // Rows outside a range's closed bounds, or without a value, belong to no bucket: left out, as
          // Opendatasoft leaves them out.
          Sql bucket = group.value().sql().wrap("((", ") IS NOT NULL)");
          condition = condition == null ? bucket : condition.then(" AND ", bucket);
        }
      }
      List<Sql> order = order(orderItems, expanded, outputs, groupItems, groupOrdinals, aggregated);
      return assemble(columns, outputs, condition, groupOrdinals, order, aggregated);
    } catch (OdsqlException e) {
      throw e;
    }
  }

  private Plan assemble(List<Sql> columns, List<OutputColumn> outputs, @Nullable Sql condition,
      List<Integer> groupOrdinals, List<Sql> order, boolean aggregated) {
    List<Sql> named = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      named.add(columns.get(i).wrap("", " AS c" + i));
    }
    Sql sql = Sql.join(", ", named).wrap("SELECT ", " FROM " + (relation == null ? schema.table() : relation));
    if (condition != null) {
      sql = sql.then(" WHERE ", condition);
    }
    if (!groupOrdinals.isEmpty()) {
      sql = sql.wrap("", " GROUP BY " + String.join(", ", groupOrdinals.stream().map(String::valueOf).toList()));
    }
    if (!order.isEmpty()) {
      sql = sql.then(" ORDER BY ", Sql.join(", ", order));
    }
    if (offset > 0) {
      sql = sql.wrap("", " OFFSET " + offset);
    }
    if (limit >= 0) {
      sql = sql.wrap("", " LIMIT " + limit);
    }
    return new Plan(new PreparedSql(sql.text(), sql.parameters()), outputs, aggregated);
  }

  /** {@code SELECT count(*)} of the rows (or groups) the query selects, for when a page came back empty. */
  public PreparedSql countSql() {
    boolean order = defaultOrder;
    long savedLimit = limit;
    long savedOffset = offset;
    String savedOrderBy = orderBy;
    try {
      defaultOrder = false;
      orderBy = null;
      Plan plan = page(-1, 0).plan();
      Sql sql = new Sql(plan.sql().sql(), plan.sql().parameters()).wrap("SELECT count(*) FROM (", ") AS counted");
      return new PreparedSql(sql.text(), sql.parameters());
    } finally {
      defaultOrder = order;
      orderBy = savedOrderBy;
      limit = savedLimit;
      offset = savedOffset;
    }
  }

  private @Nullable Sql condition() {
    List<Sql> parts = new ArrayList<>();
    for (String text : where) {
      try {
        parts.add(translator.condition(OdsqlParser.where(text), Translator.Scope.WHERE).wrap("(", ")"));
      } catch (OdsqlException e) {
        throw e.in("where");
      }
    }
    for (String text : refine) {
      try {
        parts.add(translator.refinement(text).wrap("(", ")"));
      } catch (OdsqlException e) {
        throw e.in("refine");
      }
    }
    for (String text : exclude) {
      try {
        // an excluded value keeps the rows where the field is empty
        parts.add(translator.refinement(text).wrap("NOT coalesce((", "), FALSE)"));
      } catch (OdsqlException e) {
        throw e.in("exclude");
      }
    }
    return parts.isEmpty() ? null : Sql.join(" AND ", parts);
  }

  private List<Sql> order(List<OrderItem> items, List<SelectItem> selected, List<OutputColumn> outputs,
      List<SelectItem> groups, List<Integer> groupOrdinals, boolean aggregated) {
    List<Sql> order = new ArrayList<>();
    for (OrderItem item : items) {
      String direction = item.descending() ? " DESC" : " ASC";
      int ordinal = -1;
      if (item.expression() instanceof Expr.FieldRef ref) {
        for (int i = 0; i < selected.size(); i++) {
          if (ref.name().equals(selected.get(i).alias())) {
            ordinal = i;
          }
        }
      }
      if (ordinal < 0) {
        ordinal = indexOfItem(selected, new SelectItem(item.expression(), null, ""));
      }
      if (ordinal >= 0 && outputs.get(ordinal).type().geographic()) {
        throw OdsqlException.semantic("Cannot sort on a geographic field").in("order_by");
      }
      if (ordinal >= 0) {
        order.add(Sql.of((ordinal + 1) + direction));
        continue;
      }
      try {
        int group = aggregated ? indexOfGroup(groups, new SelectItem(item.expression(), null, "")) : -1;
        if (group >= 0) {
          order.add(Sql.of(groupOrdinals.get(group) + direction));
          continue;
        }
        Translator.Typed typed = translator.value(item.expression(), Translator.Scope.ORDER_BY);
        if (typed.type().geographic()) {
          throw OdsqlException.semantic("Cannot sort on a geographic field");
        }
        if (aggregated && !typed.aggregate() && !isConstant(item.expression())) {
          throw OdsqlException.semantic("Sorting grouped results takes a group_by item or an aggregation");
        }
        order.add(typed.sql().wrap("", direction));
      } catch (OdsqlException e) {
        throw e.in("order_by");
      }
    }
    if (aggregated && items.isEmpty()) {
      for (int ordinal : groupOrdinals) {
        order.add(Sql.of(ordinal + " ASC"));
      }
    }
    if (!aggregated && schema.recordIdColumn().isPresent() && (defaultOrder || !items.isEmpty())) {
      order.add(Sql.of(PreparedSql.quote(schema.recordIdColumn().get()) + " ASC"));
    }
    return order;
  }

  private Translator.GroupColumn groupColumn(SelectItem group) {
    try {
      if (group.expression() instanceof Expr.Call call && call.name().equals("range")) {
        return translator.rangeGroup(call);
      }
      Translator.Typed typed = translator.value(group.expression(), Translator.Scope.GROUP_BY);
      if (typed.type().geographic()) {
        throw OdsqlException.semantic("Cannot group by the geographic field " + group.key());
      }
      return new Translator.GroupColumn(typed, null);
    } catch (OdsqlException e) {
      throw e.in("group_by");
    }
  }

  /** A select item stands for a group when it is written alike, or names the group's alias. */
  private static int indexOfGroup(List<SelectItem> groups, SelectItem item) {
    for (int i = 0; i < groups.size(); i++) {
      SelectItem group = groups.get(i);
      if (group.expression().equals(item.expression())
          || group.alias() != null && item.expression() instanceof Expr.FieldRef ref
          && ref.name().equals(group.alias())) {
        return i;
      }
    }
    return -1;
  }

  /** The position of the first item standing for group {@code g}, or -1. */
  private static int columnOfGroup(List<SelectItem> items, List<SelectItem> groups, int g) {
    for (int i = 0; i < items.size(); i++) {
      if (indexOfGroup(groups, items.get(i)) == g) {
        return i;
      }
    }
    return -1;
  }

  private static int indexOfItem(List<SelectItem> items, SelectItem wanted) {
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).expression().equals(wanted.expression())) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isConstant(Expr expr) {
    return Translator.isLiteral(expr);
  }

  /**
   * The fields named by {@code include(f)} or {@code exclude(f)} (as {@code function} says), or by a prefix
   * ({@code include(pop*)}), checked against the schema; null when the item is something else.
   */
  private @Nullable List<String> fieldsOf(SelectItem item, String function) {
    if (!(item.expression() instanceof Expr.Call call) || !call.name().equals(function)) {
      return null;
    }
    if (call.arguments().size() != 1 || !(call.arguments().getFirst() instanceof Expr.FieldRef ref)) {
      throw OdsqlException.semantic(function + "() takes one field name").in("select");
    }
    if (ref.name().endsWith("*")) {
      String prefix = ref.name().substring(0, ref.name().length() - 1);
      List<String> matching = schema.fields().stream().map(OdsqlField::name).filter(n -> n.startsWith(prefix))
          .toList();
      if (matching.isEmpty()) {
        throw OdsqlException.semantic("No field begins with " + prefix).in("select");
      }
      return matching;
    }
    if (schema.field(ref.name()).isEmpty()) {
      throw OdsqlException.semantic("Unknown field: " + ref.name()).in("select");
    }
    return List.of(ref.name());
  }

  private static SelectItem star() {
    return new SelectItem(new Expr.Star(), null, "*");
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
