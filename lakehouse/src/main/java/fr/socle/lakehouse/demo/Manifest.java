package fr.socle.lakehouse.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The manifest as JSON: the town's identity and every {@link DemoDataset}, for loaders that do not run Java. */
final class Manifest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Manifest() {}

  static void write(DemoTown town, OutputStream out) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("town", Town.NAME);
    root.put("inseeCode", Town.INSEE_CODE);
    root.put("postcode", Town.POSTCODE);
    root.put("seed", town.seed());
    root.put("scale", town.scale());
    root.put("extractionDate", Town.EXTRACTION_DATE.toString());
    ArrayNode datasets = root.putArray("datasets");
    for (DemoDataset d : town.datasets()) {
      ObjectNode node = datasets.addObject();
      node.put("id", d.id());
      node.put("domain", d.domain());
      node.put("table", d.table());
      node.put("title", d.title());
      node.put("description", d.description());
      node.put("producerService", d.producerService());
      node.put("steward", d.steward());
      node.put("theme", d.theme());
      ArrayNode keywords = node.putArray("keywords");
      d.keywords().forEach(keywords::add);
      node.put("licence", d.licence());
      node.put("updateFrequency", d.updateFrequency());
      node.put("spatialCoverage", d.spatialCoverage());
      date(node, "temporalStart", d.temporalStart());
      date(node, "temporalEnd", d.temporalEnd());
      node.put("scdlSchema", d.scdlSchema());
      node.put("fileName", d.fileName());
      node.put("format", d.format().name());
      CsvDialect dialect = d.csvDialect();
      if (dialect == null) {
        node.putNull("csvDialect");
      } else {
        ObjectNode csv = node.putObject("csvDialect");
        csv.put("charset", dialect.charset().name());
        csv.put("byteOrderMark", dialect.byteOrderMark());
        csv.put("delimiter", String.valueOf(dialect.delimiter()));
        csv.put("decimalSeparator", String.valueOf(dialect.decimalSeparator()));
        csv.put("datePattern", dialect.datePattern());
        csv.put("lineEnding", dialect.lineEnding().equals("\r\n") ? "CRLF" : "LF");
      }
      node.put("headerRows", d.headerRows());
      node.put("crs", d.crs());
      if (d.point() == null) {
        node.putNull("point");
      } else {
        ObjectNode point = node.putObject("point");
        point.put("longitude", d.point().longitude());
        point.put("latitude", d.point().latitude());
      }
      node.put("intendedCase", d.intendedCase().name());
      node.put("legalNote", d.legalNote());
      date(node, "communicableFrom", d.communicableFrom());
      ObjectNode columns = node.putObject("columnDescriptions");
      d.columnDescriptions().forEach(columns::put);
      node.put("rows", d.rows());
    }
    JSON.writerWithDefaultPrettyPrinter().writeValue(out, root);
  }

  private static void date(ObjectNode node, String name, @Nullable LocalDate date) {
    if (date == null) {
      node.putNull(name);
    } else {
      node.put(name, date.toString());
    }
  }
}
