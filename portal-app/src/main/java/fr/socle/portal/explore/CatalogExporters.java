package fr.socle.portal.explore;

import fr.socle.lakehouse.odsql.OdsqlException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/**
 * The built-in catalogue exports: CSV (one line per dataset) and JSON (the datasets as the API shows them). Both take
 * the catalogue's {@code select}: JSON keeps the parts it names, CSV the columns standing for them.
 */
final class CatalogExporters {
  private CatalogExporters() {}

  /** A catalogue export that narrows each dataset's description to a {@code select}. */
  interface Selecting extends CatalogExporter {
    void write(List<PublishedDataset> datasets, String apiBaseUrl, @Nullable CatalogSelect select, OutputStream out)
        throws IOException;

    @Override
    default void write(List<PublishedDataset> datasets, String apiBaseUrl, OutputStream out) throws IOException {
      write(datasets, apiBaseUrl, null, out);
    }
  }

  /** A column of the CSV export and the part of the description it stands for (the path {@code select} names). */
  private record Column(String name, String path, BiFunction<PublishedDataset, String, @Nullable String> value) {
    static Column meta(String name, Function<PublishedDataset.Metadata, @Nullable String> value) {
      return new Column(name, "metas.default." + name, (d, base) -> value.apply(d.metadata()));
    }
  }

  private static final List<Column> COLUMNS = List.of(
      new Column("dataset_id", "dataset_id", (d, base) -> d.datasetId()),
      Column.meta("title", PublishedDataset.Metadata::title),
      Column.meta("description", PublishedDataset.Metadata::description),
      Column.meta("theme", PublishedDataset.Metadata::theme),
      Column.meta("keyword", m -> String.join(",", m.keywords())),
      Column.meta("license", PublishedDataset.Metadata::licenceLabel),
      Column.meta("publisher", PublishedDataset.Metadata::publisher),
      Column.meta("modified", m -> m.modified() == null ? null : m.modified().toString()),
      Column.meta("records_count", m -> Long.toString(m.recordsCount())),
      Column.meta("schema", PublishedDataset.Metadata::scdlSchema),
      new Column("url", "_links", (d, base) -> base + "/catalog/datasets/" + d.datasetId()));

  static final class Csv implements Selecting {
    @Override
    public String format() {
      return "csv";
    }

    @Override
    public String contentType() {
      return "text/csv; charset=utf-8";
    }

    @Override
    public String fileExtension() {
      return "csv";
    }

    @Override
    public void write(List<PublishedDataset> datasets, String apiBaseUrl, @Nullable CatalogSelect select,
        OutputStream out) throws IOException {
      List<Column> columns = COLUMNS.stream()
          .filter(c -> select == null || select.keeps(List.of(c.path().split("\\.")))).toList();
      if (columns.isEmpty()) {
        throw OdsqlException.semantic("The selection keeps no column of the CSV export: its columns stand for "
            + COLUMNS.stream().map(Column::path).collect(Collectors.joining(", "))).in("select");
      }
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      CsvCells cells = new CsvCells(writer, ';', true);
      cells.row(columns.stream().map(Column::name).toList());
      for (PublishedDataset d : datasets) {
        cells.row(columns.stream().map(c -> c.value().apply(d, apiBaseUrl)).toList());
      }
      writer.flush();
    }
  }

  static final class Json implements Selecting {
    @Override
    public String format() {
      return "json";
    }

    @Override
    public String contentType() {
      return "application/json";
    }

    @Override
    public String fileExtension() {
      return "json";
    }

    @Override
    public void write(List<PublishedDataset> datasets, String apiBaseUrl, @Nullable CatalogSelect select,
        OutputStream out) {
      try (JsonGenerator json = GeoJson.FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
        json.writeStartArray();
        datasets.forEach(d -> DatasetJson.write(json, d, apiBaseUrl, false, select));
        json.writeEndArray();
      }
    }
  }
}
