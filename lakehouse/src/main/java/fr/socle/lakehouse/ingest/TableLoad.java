package fr.socle.lakehouse.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.iceberg.AppendFiles;
import org.apache.iceberg.DataFile;
import org.apache.iceberg.OverwriteFiles;
import org.apache.iceberg.Schema;
import org.apache.iceberg.Table;
import org.apache.iceberg.TableProperties;
import org.apache.iceberg.Transaction;
import org.apache.iceberg.UpdateSchema;
import org.apache.iceberg.catalog.Catalog;
import org.apache.iceberg.catalog.SupportsNamespaces;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.exceptions.AlreadyExistsException;
import org.apache.iceberg.exceptions.CommitStateUnknownException;
import org.apache.iceberg.exceptions.NoSuchTableException;
import org.apache.iceberg.expressions.Expressions;
import org.apache.iceberg.types.Type;
import org.apache.iceberg.types.Types;
import org.jspecify.annotations.Nullable;

/**
 * The Iceberg side of one load: an uncommitted transaction that creates the table (CREATE), changes its schema to
 * the file's (REPLACE) or leaves it (APPEND); the schema data files are written with (field ids included); and the
 * single commit that adds the files, as one snapshot carrying who and what.
 */
final class TableLoad {
  private final Catalog catalog;
  private final TableIdentifier id;
  private final LoadMode mode;
  private final Transaction transaction;
  private final Schema fileSchema;
  private final @Nullable String createdLocation;

  private TableLoad(Catalog catalog, TableIdentifier id, LoadMode mode, Transaction transaction, Schema fileSchema,
      @Nullable String createdLocation) {
    this.catalog = catalog;
    this.id = id;
    this.mode = mode;
    this.transaction = transaction;
    this.fileSchema = fileSchema;
    this.createdLocation = createdLocation;
  }

  /** The table's current columns and types, for APPEND: every one must be a type files can feed. */
  static Map<String, ColumnType> columnsOf(Table table) throws IngestionException {
    Map<String, ColumnType> columns = new HashMap<>();
    for (Types.NestedField field : table.schema().columns()) {
      columns.put(field.name(), columnType(field.type()));
    }
    return columns;
  }

  /** The columns a file can feed and their types, for REPLACE (others, if any, the new file's types replace). */
  static Map<String, ColumnType> loadableColumnsOf(Table table) {
    Map<String, ColumnType> columns = new HashMap<>();
    for (Types.NestedField field : table.schema().columns()) {
      loadable(field.type()).ifPresent(type -> columns.put(field.name(), type));
    }
    return columns;
  }

  static TableLoad prepare(Catalog catalog, String warehouse, TableIdentifier id, LoadMode mode,
      @Nullable Table existing, List<ColumnSpec> columns) throws IngestionException {
    List<String> names = columns.stream().map(ColumnSpec::name).toList();
    return switch (mode) {
      case CREATE -> {
        List<Types.NestedField> fields = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
          ColumnSpec column = columns.get(i);
          fields.add(Types.NestedField.optional(i + 1, column.name(), column.type().icebergType(), column.label()));
        }
        String location = stripSlash(warehouse) + "/" + String.join("/", id.namespace().levels()) + "/" + id.name()
            + "-" + UUID.randomUUID().toString().replace("-", "");
        Transaction txn = catalog.buildTable(id, new Schema(fields))
            .withLocation(location)
            .withProperty(TableProperties.FORMAT_VERSION, "2")
            .withProperty(TableProperties.PARQUET_COMPRESSION, "zstd")
            .createTransaction();
        yield new TableLoad(catalog, id, mode, txn, select(txn.table().schema(), names), location);
      }
      case APPEND -> {
        Transaction txn = existing.newTransaction();
        yield new TableLoad(catalog, id, mode, txn, select(existing.schema(), names), null);
      }
      case REPLACE -> {
        Transaction txn = existing.newTransaction();
        reshape(txn.updateSchema(), existing.schema(), columns);
        yield new TableLoad(catalog, id, mode, txn, select(txn.table().schema(), names), null);
      }
    };
  }

  Table table() {
    return transaction.table();
  }

  Schema fileSchema() {
    return fileSchema;
  }

  @Nullable String createdLocation() {
    return createdLocation;
  }

  /** Commits the files as one snapshot; returns its id. On failure the files are deleted, unless it may be in. */
  long commit(List<DataFile> files, Map<String, String> summary) throws IngestionException {
    try {
      if (mode == LoadMode.REPLACE) {
        OverwriteFiles overwrite = transaction.newOverwrite().overwriteByRowFilter(Expressions.alwaysTrue());
        files.forEach(overwrite::addFile);
        summary.forEach(overwrite::set);
        overwrite.commit();
      } else {
        AppendFiles append = transaction.newAppend();
        files.forEach(append::appendFile);
        summary.forEach(append::set);
        append.commit();
      }
      if (mode == LoadMode.CREATE && catalog instanceof SupportsNamespaces namespaces
          && !namespaces.namespaceExists(id.namespace())) {
        try {
          namespaces.createNamespace(id.namespace());
        } catch (AlreadyExistsException e) {
          // Created meanwhile by another load: fine.
        }
      }
      transaction.commitTransaction();
      return transaction.table().currentSnapshot().snapshotId();
    } catch (CommitStateUnknownException e) {
      throw new IngestionException(IngestionException.Code.COMMIT_FAILED,
          Message.of("table.commitUnknown"), e);
    } catch (AlreadyExistsException e) {
      deleteFiles(files);
      throw new IngestionException(IngestionException.Code.TABLE_EXISTS, Message.of("table.existsNow"), e);
    } catch (NoSuchTableException e) {
      deleteFiles(files);
      throw new IngestionException(IngestionException.Code.NO_SUCH_TABLE, Message.of("table.gone"), e);
    } catch (RuntimeException e) {
      deleteFiles(files);
      throw new IngestionException(IngestionException.Code.COMMIT_FAILED,
          Message.of("table.commitFailed", e.getMessage()), e);
    }
  }

  private void deleteFiles(List<DataFile> files) {
    for (DataFile file : files) {
      try {
        transaction.table().io().deleteFile(file.location());
      } catch (RuntimeException e) {
        // Not referenced by any snapshot: an orphan at worst.
      }
    }
  }

  /** Makes the schema the file's: columns gone are dropped, new ones added, retyped ones replaced, order kept. */
  private static void reshape(UpdateSchema update, Schema current, List<ColumnSpec> columns) {
    Map<String, ColumnSpec> wanted = columns.stream()
        .collect(Collectors.toMap(ColumnSpec::name, c -> c, (a, b) -> a, LinkedHashMap::new));
    for (Types.NestedField field : current.columns()) {
      ColumnSpec column = wanted.get(field.name());
      if (column == null || !column.type().icebergType().equals(field.type())) {
        update.deleteColumn(field.name());
      }
    }
    for (ColumnSpec column : columns) {
      Types.NestedField field = current.findField(column.name());
      if (field == null || !column.type().icebergType().equals(field.type())) {
        update.addColumn(column.name(), column.type().icebergType(), column.label());
      } else if (!column.label().equals(field.doc())) {
        update.updateColumnDoc(column.name(), column.label());
      }
    }
    update.moveFirst(columns.getFirst().name());
    for (int i = 1; i < columns.size(); i++) {
      update.moveAfter(columns.get(i).name(), columns.get(i - 1).name());
    }
    update.commit();
  }

  private static Schema select(Schema schema, List<String> names) {
    List<Types.NestedField> fields = new ArrayList<>();
    for (String name : names) {
      fields.add(schema.findField(name));
    }
    return new Schema(fields);
  }

  static ColumnType columnType(Type type) throws IngestionException {
    return loadable(type).orElseThrow(() -> new IngestionException(IngestionException.Code.INVALID_OPTIONS,
        Message.of("table.unloadableType", type)));
  }

  private static java.util.Optional<ColumnType> loadable(Type type) {
    return java.util.Arrays.stream(ColumnType.values()).filter(c -> c.icebergType().equals(type)).findFirst();
  }

  private static String stripSlash(String warehouse) {
    return warehouse.endsWith("/") ? warehouse.substring(0, warehouse.length() - 1) : warehouse;
  }
}
