package fr.socle.portal.explore;

import fr.socle.lakehouse.odsql.OdsqlException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/**
 * The built-in catalogue exports: CSV (one line per dataset) and JSON (the datasets as the API shows them). Both take
 * the catalogue's {@code select}: JSON keeps the parts it names, CSV the columns standing for them; CSV also takes
 * the options of a dataset's CSV export ({@link ExploreParams#csv}).
 */
final class CatalogExporters {
  private CatalogExporters() {}

  /** A catalogue export shaped by the request: each dataset's description narrowed to a {@code select}, options. */
  interface Selecting extends CatalogExporter {
    void write(List<PublishedDataset> datasets, String apiBaseUrl, @Nullable CatalogSelect select,
        ExploreParams options, OutputStream out) throws IOException;

    @Override
    default void write(List<PublishedDataset> datasets, String apiBaseUrl, OutputStream out) throws IOException {
      write(datasets, apiBaseUrl, null, new ExploreParams(new org.springframework.util.LinkedMultiValueMap<>()), out);
    }
  }

  /** What a CSV line is made of: a dataset, the API's address (for its link), the separator of list values. */
  private record Line(PublishedDataset dataset, String apiBaseUrl, String listSeparator) {}

  /** A column of the CSV export and the part of the description it stands for (the path {@code select} names). */
  private record Column(String name, String path, Function<Line, @Nullable String> value) {
    static Column meta(String name, Function<PublishedDataset.Metadata, @Nullable String> value) {
      return new Column(name, "metas.default." + name, line -> value.apply(line.dataset().metadata()));
    }
  }

  private static final List<Column> COLUMNS = List.of(
      new Column("dataset_id", "dataset_id", line -> line.dataset().datasetId()),
      Column.meta("title", PublishedDataset.Metadata::title),
      Column.meta("description", PublishedDataset.Metadata::description),
      Column.meta("theme", PublishedDataset.Metadata::theme),
      new Column("keyword", "metas.default.keyword",
          line -> String.join(line.listSeparator(), line.dataset().metadata().keywords())),
      Column.meta("license", PublishedDataset.Metadata::licenceLabel),
      Column.meta("publisher", PublishedDataset.Metadata::publisher),
      Column.meta("modified", m -> m.modified() == null ? null : m.modified().toString()),
      Column.meta("records_count", m -> Long.toString(m.recordsCount())),
      Column.meta("schema", PublishedDataset.Metadata::scdlSchema),
      new Column("url", "_links", line -> line.apiBaseUrl() + "/catalog/datasets/" + line.dataset().datasetId()));

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
        ExploreParams options, OutputStream out) throws IOException {
      ExploreParams.CsvFormat format = options.csv();
      List<Column> columns = COLUMNS.stream()
          .filter(c -> select == null || select.keeps(List.of(c.path().split("\\.")))).toList();
      if (columns.isEmpty()) {
        throw OdsqlException.semantic("The selection keeps no column of the CSV export: its columns stand for "
            + COLUMNS.stream().map(Column::path).collect(Collectors.joining(", "))).in("select");
      }
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      if (format.bom()) {
        writer.write('\uFEFF');
      }
      CsvCells cells = new CsvCells(writer, format.delimiter(), format.neutralise(), format.quoteAll());
      cells.row(columns.stream().map(Column::name).toList());
      for (PublishedDataset d : datasets) {
        Line line = new Line(d, apiBaseUrl, format.listSeparator());
        cells.row(columns.stream().map(c -> c.value().apply(line)).toList());
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
        ExploreParams options, OutputStream out) {
      try (JsonGenerator json = GeoJson.FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
        json.writeStartArray();
        datasets.forEach(d -> DatasetJson.write(json, d, apiBaseUrl, false, select));
        json.writeEndArray();
      }
    }
  }
}
