package fr.socle.portal.load;

import fr.socle.lakehouse.catalog.Catalogue;
import fr.socle.lakehouse.catalog.Dataset;
import fr.socle.lakehouse.catalog.DatasetColumn;
import fr.socle.lakehouse.catalog.DatasetState;
import fr.socle.lakehouse.catalog.NewDataset;
import fr.socle.lakehouse.demo.DemoDataset;
import fr.socle.lakehouse.demo.DemoTown;
import fr.socle.lakehouse.demo.FileFormat;
import fr.socle.lakehouse.ingest.IngestionException;
import fr.socle.lakehouse.ingest.ReadOptions;
import fr.socle.lakehouse.ingest.SourceFormat;
import fr.socle.lakehouse.jdbc.Jdbc;
import fr.socle.lakehouse.load.DatasetLoads;
import fr.socle.lakehouse.load.LoadRequest;
import fr.socle.policies.access.Visibility;
import fr.socle.portal.access.DemoGrants;
import fr.socle.portal.classification.DemoClassification;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Loads the demo collectivité through the real ingestion path: the generator writes the files a town's services
 * would produce (Windows-1252 and UTF-8 CSV, XLSX with two-row headers, GeoJSON in Lambert-93), then each is
 * loaded as a dataset with its metadata, visibility and column descriptions. Datasets already there are kept.
 */
@Component
@Profile("cli")
class DemoLoader {
  private final DatasetLoads loads;
  private final Catalogue catalogue;
  private final Jdbc jdbc;
  private final DemoGrants grants;
  private final DemoClassification classification;

  DemoLoader(DatasetLoads loads, Catalogue catalogue, Jdbc jdbc, DemoGrants grants,
      DemoClassification classification) {
    this.loads = loads;
    this.catalogue = catalogue;
    this.jdbc = jdbc;
    this.grants = grants;
    this.classification = classification;
  }

  void load(long seed, int scale, Path workDir, PrintStream out)
      throws IOException, IngestionException, fr.socle.lakehouse.query.QueryException {
    DemoTown town = DemoTown.of(seed, scale);
    Path dir = workDir.resolve("demo-" + seed + "-" + scale);
    Files.createDirectories(dir);
    out.println("génération des fichiers de la ville de démonstration dans " + dir);
    town.write(dir);
    for (DemoDataset demo : town.datasets()) {
      if (catalogue.find(demo.id()).filter(d -> d.state() != DatasetState.DELETED).isPresent()) {
        out.println("· " + demo.id() + " : déjà chargé");
        continue;
      }
      ConsoleProgress progress = new ConsoleProgress(out, demo.id());
      DatasetLoads.Outcome outcome = loads.create(newDataset(demo), loadRequest(demo, dir), "dora", progress);
      progress.end();
      describeColumns(outcome.dataset(), demo.columnDescriptions());
      out.printf("· %s : %,d lignes → %s (instantané %d)%n", demo.id(), outcome.result().rowsWritten(),
          outcome.dataset().trinoName(), outcome.result().snapshotId());
    }
    grants.grant("signalements-citoyens");
    out.println("classement par la référente données (faits déclarés, proposition retenue) :");
    classification.classify(town.datasets(), out);
  }

  private static NewDataset newDataset(DemoDataset demo) {
    Dataset.Metadata metadata = new Dataset.Metadata(demo.title(), demo.description(), demo.producerService(),
        demo.steward(), demo.theme(), demo.keywords(), demo.licence(), demo.updateFrequency(),
        demo.spatialCoverage(), demo.temporalStart(), demo.temporalEnd(), demo.scdlSchema());
    Visibility visibility = switch (demo.id()) {
      case "remunerations-agents-2025", "naissances-etat-civil", "cameras-videoprotection", "etude-revision-plu" ->
          Visibility.CONFIDENTIAL;
      case "signalements-citoyens", "emissions-chaufferie-biomasse" -> Visibility.DISCOVERABLE;
      default -> Visibility.SHARED;
    };
    boolean partners = demo.id().equals("signalements-citoyens");
    return new NewDataset(demo.id(), demo.domain(), demo.table(), metadata, visibility, partners);
  }

  private static LoadRequest loadRequest(DemoDataset demo, Path dir) {
    ReadOptions read = ReadOptions.DEFAULTS;
    SourceFormat format = switch (demo.format()) {
      case CSV -> SourceFormat.CSV;
      case XLSX -> SourceFormat.XLSX;
      case GEOJSON -> SourceFormat.GEOJSON;
    };
    if (demo.format() == FileFormat.XLSX) {
      read = read.withHeaderRows(demo.headerRows());
    }
    if (demo.point() != null) {
      read = read.withPoint(demo.point().longitude(), demo.point().latitude());
    }
    // The file follows its SCDL schema exactly, except the deliberations, which carry the rapporteur's name too.
    String schema = demo.scdlSchema() != null && !demo.id().startsWith("deliberations") ? demo.scdlSchema() : null;
    return new LoadRequest(dir.resolve(demo.fileName()), demo.fileName(), format, read, Map.of(), schema);
  }

  /** The generator describes columns by their header; the catalogue keeps them under their SQL names. */
  private void describeColumns(Dataset dataset, Map<String, String> byHeader) {
    List<DatasetColumn> described = new ArrayList<>();
    for (DatasetColumn column : catalogue.columns(dataset.id())) {
      String description = column.label() == null ? null : byHeader.get(column.label());
      described.add(new DatasetColumn(column.name(), column.type(), column.label(),
          description != null ? description : column.description()));
    }
    jdbc.inTransaction(connection -> {
      Catalogue.replaceColumns(connection, dataset.id(), described);
      return null;
    });
  }
}
