package fr.socle.portal.explore;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;

/** The built-in catalogue exports: CSV (one line per dataset) and JSON (the datasets as the API shows them). */
final class CatalogExporters {
  private CatalogExporters() {}

  static final class Csv implements CatalogExporter {
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
    public void write(List<PublishedDataset> datasets, String apiBaseUrl, OutputStream out) throws IOException {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      CsvCells cells = new CsvCells(writer, ';', true);
      cells.row(List.of("dataset_id", "title", "description", "theme", "keyword", "license", "publisher",
          "modified", "records_count", "schema", "url"));
      for (PublishedDataset d : datasets) {
        PublishedDataset.Metadata m = d.metadata();
        cells.row(java.util.Arrays.asList(d.datasetId(), m.title(), m.description(), m.theme(),
            String.join(",", m.keywords()), m.licenceLabel(), m.publisher(),
            m.modified() == null ? null : m.modified().toString(), Long.toString(m.recordsCount()), m.scdlSchema(),
            apiBaseUrl + "/catalog/datasets/" + d.datasetId()));
      }
      writer.flush();
    }
  }

  static final class Json implements CatalogExporter {
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
    public void write(List<PublishedDataset> datasets, String apiBaseUrl, OutputStream out) {
      try (JsonGenerator json = GeoJson.FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
        json.writeStartArray();
        datasets.forEach(d -> DatasetJson.write(json, d, apiBaseUrl, false));
        json.writeEndArray();
      }
    }
  }
}
