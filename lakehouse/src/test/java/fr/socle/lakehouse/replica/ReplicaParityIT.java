package fr.socle.lakehouse.replica;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.lakehouse.iceberg.Tier;
import fr.socle.lakehouse.jdbc.Jdbc;
import fr.socle.lakehouse.odsql.FieldType;
import fr.socle.lakehouse.odsql.OdsqlField;
import fr.socle.lakehouse.odsql.OdsqlQuery;
import fr.socle.lakehouse.odsql.OdsqlSchema;
import fr.socle.lakehouse.promotion.ExportFile;
import fr.socle.lakehouse.promotion.PublishedDataset;
import fr.socle.lakehouse.promotion.PublishedVersion;
import fr.socle.lakehouse.promotion.Publications;
import fr.socle.lakehouse.query.PreparedSql;
import fr.socle.lakehouse.testing.Stack;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.types.Types;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local replicas answer exactly what Trino answers: random plain ODSQL queries (conditions on values drawn from
 * the data, selections, orders, pages, refinements) over every published demo dataset of plain fields, each run
 * through Trino as the public principal and on the version's replica; rows compared in order, value by value, and
 * the totals. The seed is printed on failure.
 */
class ReplicaParityIT {
  private static final int QUERIES = 250;
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private final Stack stack = Stack.get();
  @TempDir
  Path temp;

  private record Dataset(String id, OdsqlSchema schema, ExportFile parquet, List<List<String>> samples) {}

  @Test
  void randomPlainQueriesGetTheSameRowsFromTheReplicaAsFromTrino() throws Exception {
    long seed = Long.getLong("parity.seed", System.nanoTime());
    Random random = new Random(seed);
    Publications publications = new Publications(new Jdbc(stack.socleDatabase()));
    Tier open = Tier.open(stack.openTier());
    List<Dataset> datasets = new ArrayList<>();
    try (Replicas replicas = new Replicas(new Replicas.Settings(temp.resolve("replicas"), 1L << 30, 2, 128L << 20),
        open.io()); Connection trino = stack.trinoAsPublic()) {
      for (PublishedDataset publication : publications.all()) {
        if (!publication.isPublic() || publication.currentVersion() == null) {
          continue;
        }
        PublishedVersion version = publications.version(publication.id(), publication.currentVersion()).orElseThrow();
        ExportFile parquet = version.exports().stream().filter(e -> e.format() == ExportFile.Format.PARQUET)
            .findFirst().orElse(null);
        OdsqlSchema schema = schema(open, publication);
        if (parquet == null || schema == null || !OdsqlQuery.on(schema).portable()) {
          continue;
        }
        List<List<String>> samples = new ArrayList<>();
        for (OdsqlField field : schema.fields()) {
          samples.add(samples(trino, schema, field));
        }
        datasets.add(new Dataset(publication.id(), schema, parquet, samples));
        replicas.relation(parquet);
      }
      assertThat(datasets).as("published demo datasets of plain fields").hasSizeGreaterThanOrEqualTo(4);
      for (Dataset dataset : datasets) {
        for (int i = 0; i < 600 && !replicas.isReady(dataset.parquet()); i++) {
          Thread.sleep(100);
        }
        assertThat(replicas.isReady(dataset.parquet())).as(dataset.id() + " replicated").isTrue();
      }
      int nonEmpty = 0;
      for (int q = 0; q < QUERIES; q++) {
        Dataset dataset = datasets.get(random.nextInt(datasets.size()));
        StringBuilder asked = new StringBuilder();
        OdsqlQuery query = randomQuery(random, dataset, asked);
        String description = dataset.id() + " " + asked + " (seed " + seed + ", query " + q + ")";
        assertThat(query.portable()).as(description).isTrue();
        List<List<Object>> fromTrino = trinoRows(trino, query.plan().sql());
        String relation = replicas.relation(dataset.parquet()).orElseThrow();
        List<List<Object>> fromReplica = plain(replicas.rows(query.from(relation).plan().sql(), 1_000, TIMEOUT));
        PreparedSql localCount = query.countSql();
        long replicaCount = ((Number) replicas.rows(localCount, 1, TIMEOUT).getFirst()[0]).longValue();
        query.from(null);
        long trinoCount = ((Number) trinoRows(trino, query.countSql()).getFirst().getFirst()).longValue();
        assertThat(fromReplica).as(description + "\n" + query.plan().sql()).isEqualTo(fromTrino);
        assertThat(replicaCount).as(description + " total").isEqualTo(trinoCount);
        nonEmpty += fromTrino.isEmpty() ? 0 : 1;
      }
      assertThat(nonEmpty).as("queries that found rows (seed " + seed + ")").isGreaterThan(QUERIES / 3);
    }
  }

  /** The open table's fields as the portal names them (its columns but the record id), or null for a geometry. */
  private static @Nullable OdsqlSchema schema(Tier open, PublishedDataset publication) {
    org.apache.iceberg.Schema table = open.catalog()
        .loadTable(TableIdentifier.of(publication.openNamespace(), publication.openTable())).schema();
    List<OdsqlField> fields = new ArrayList<>();
    for (Types.NestedField column : table.columns()) {
      FieldType type = switch (column.type().typeId()) {
        case STRING -> FieldType.TEXT;
        case INTEGER, LONG -> FieldType.INT;
        case FLOAT, DOUBLE, DECIMAL -> FieldType.DOUBLE;
        case BOOLEAN -> FieldType.BOOLEAN;
        case DATE -> FieldType.DATE;
        default -> null;
      };
      if (type == null) {
        return null;
      }
      if (!column.name().equals("record_id")) {
        fields.add(new OdsqlField(column.name(), type, column.name()));
      }
    }
    return new OdsqlSchema("open", publication.openNamespace(), publication.openTable(), fields, "record_id", null);
  }

  /** Up to 12 of the field's values, as ODSQL literals. */
  private static List<String> samples(Connection trino, OdsqlSchema schema, OdsqlField field) throws Exception {
    List<String> values = new ArrayList<>();
    String column = PreparedSql.quote(field.column());
    try (var statement = trino.createStatement(); ResultSet rs = statement.executeQuery("SELECT DISTINCT " + column
        + " FROM " + schema.table() + " WHERE " + column + " IS NOT NULL ORDER BY 1 LIMIT 12")) {
      while (rs.next()) {
        Object value = rs.getObject(1);
        values.add(switch (field.type()) {
          case TEXT -> OdsqlQuery.literal((String) value);
          case DATE -> "date'" + value + "'";
          case DOUBLE -> value instanceof BigDecimal d ? d.toPlainString() : new BigDecimal(value.toString())
              .toPlainString();
          default -> value.toString();
        });
      }
    }
    return values;
  }

  /** A random plain query; what it asks written in {@code asked}. */
  private static OdsqlQuery randomQuery(Random random, Dataset dataset, StringBuilder asked) {
    List<OdsqlField> fields = dataset.schema().fields();
    OdsqlQuery query = OdsqlQuery.on(dataset.schema());
    int shape = random.nextInt(4);
    if (shape == 1) {
      List<String> chosen = new ArrayList<>();
      for (int i = 0; i <= random.nextInt(3); i++) {
        String name = fields.get(random.nextInt(fields.size())).name();
        if (!chosen.contains(name)) {
          chosen.add(name);
        }
      }
      query.select(String.join(", ", chosen));
      asked.append("select=").append(String.join(", ", chosen)).append(' ');
    } else if (shape == 2) {
      String excluded = "exclude(" + fields.get(random.nextInt(fields.size())).name() + ")";
      query.select(excluded);
      asked.append("select=").append(excluded).append(' ');
    }
    if (random.nextInt(5) > 0) {
      List<String> conditions = new ArrayList<>();
      for (int i = 0; i <= random.nextInt(3); i++) {
        conditions.add(condition(random, dataset));
      }
      String where = String.join(random.nextBoolean() ? " and " : " or ", conditions);
      where = random.nextInt(6) == 0 ? "not (" + where + ")" : where;
      query.where(where);
      asked.append("where=").append(where).append(' ');
    }
    if (random.nextInt(5) == 0) {
      for (int i = 0; i < fields.size(); i++) {
        if (fields.get(i).type() == FieldType.TEXT && !dataset.samples().get(i).isEmpty()) {
          String literal = pick(random, dataset.samples().get(i));
          String refine = fields.get(i).name() + ":" + literal.substring(1, literal.length() - 1).replace("\\\"", "\"");
          query.refine(refine);
          asked.append("refine=").append(refine).append(' ');
          break;
        }
      }
    }
    if (random.nextInt(8) == 0) {
      int i = random.nextInt(fields.size());
      if (!dataset.samples().get(i).isEmpty() && fields.get(i).type() != FieldType.DATE) {
        String literal = pick(random, dataset.samples().get(i));
        String value = fields.get(i).type() == FieldType.TEXT
            ? literal.substring(1, literal.length() - 1).replace("\\\"", "\"") : literal;
        query.exclude(fields.get(i).name() + ":" + value);
        asked.append("exclude=").append(fields.get(i).name()).append(':').append(value).append(' ');
      }
    }
    if (random.nextInt(5) < 3) {
      List<String> order = new ArrayList<>();
      for (int i = 0; i <= random.nextInt(2); i++) {
        order.add(fields.get(random.nextInt(fields.size())).name() + (random.nextBoolean() ? " desc" : ""));
      }
      query.orderBy(String.join(", ", order));
      asked.append("order_by=").append(String.join(", ", order)).append(' ');
    }
    int limit = random.nextInt(101);
    int offset = random.nextInt(4) == 0 ? random.nextInt(150) : 0;
    asked.append("limit=").append(limit).append(" offset=").append(offset);
    return query.page(limit, offset);
  }

  private static String condition(Random random, Dataset dataset) {
    List<OdsqlField> fields = dataset.schema().fields();
    int index = random.nextInt(fields.size());
    OdsqlField field = fields.get(index);
    List<String> samples = dataset.samples().get(index);
    String name = field.name();
    if (samples.isEmpty() || random.nextInt(8) == 0) {
      return name + (random.nextBoolean() ? " is null" : " is not null");
    }
    if (field.type() == FieldType.BOOLEAN) {
      return random.nextBoolean() ? name : "not " + name;
    }
    String value = pick(random, samples);
    if (field.type() == FieldType.DATE && random.nextInt(3) == 0) {
      // a date-time against a date column
      value = value.replace("'", "").replace("date", "date'") + "T12:30:00'";
    }
    return switch (random.nextInt(6)) {
      case 0 -> name + " = " + value;
      case 1 -> name + " != " + value;
      case 2 -> name + (random.nextBoolean() ? " > " : " <= ") + value;
      case 3 -> name + " in (" + value + ", " + pick(random, samples) + ")";
      case 4 -> {
        String other = pick(random, samples);
        yield name + " in [" + (value.compareTo(other) <= 0 ? value + ".." + other : other + ".." + value) + "]";
      }
      default -> value + (random.nextBoolean() ? " < " : " >= ") + name;
    };
  }

  private static String pick(Random random, List<String> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static List<List<Object>> trinoRows(Connection trino, PreparedSql sql) throws Exception {
    try (PreparedStatement statement = trino.prepareStatement(sql.sql())) {
      for (int i = 0; i < sql.parameters().size(); i++) {
        statement.setObject(i + 1, sql.parameters().get(i));
      }
      List<Object[]> rows = new ArrayList<>();
      try (ResultSet rs = statement.executeQuery()) {
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          Object[] row = new Object[n];
          for (int c = 0; c < n; c++) {
            row[c] = rs.getObject(c + 1);
          }
          rows.add(row);
        }
      }
      return plain(rows);
    }
  }

  /** Values as both engines' JDBC drivers should agree on them: dates as LocalDate, integers as long. */
  private static List<List<Object>> plain(List<@Nullable Object[]> rows) {
    List<List<Object>> plain = new ArrayList<>();
    for (Object[] row : rows) {
      List<Object> values = new ArrayList<>();
      for (Object value : row) {
        values.add(switch (value) {
          case java.sql.Date date -> date.toLocalDate();
          case Integer integer -> integer.longValue();
          case null -> "NULL";
          default -> value;
        });
      }
      plain.add(values);
    }
    return plain;
  }
}
