package fr.socle.portal.load;

import fr.socle.lakehouse.catalog.CatalogException;
import fr.socle.lakehouse.catalog.Catalogue;
import fr.socle.lakehouse.catalog.Dataset;
import fr.socle.lakehouse.catalog.NewDataset;
import fr.socle.lakehouse.ingest.IngestionException;
import fr.socle.lakehouse.ingest.LoadMode;
import fr.socle.lakehouse.ingest.RowError;
import fr.socle.lakehouse.load.DatasetLoads;
import fr.socle.lakehouse.load.LoadRequest;
import fr.socle.policies.access.Visibility;
import fr.socle.portal.lakehouse.LakehouseSettings;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code deploy/local/load}: loads a file into a dataset (creating it if needed) or the demo collectivité, showing
 * progress (bytes read, rows written) and ending with the result or the validation report. Exit code 0 when the
 * load committed, 2 when the file was refused (nothing changed), 1 on other errors.
 */
@Component
@Profile("cli")
class LoadCommand implements ApplicationRunner, ExitCodeGenerator {
  private final DatasetLoads loads;
  private final Catalogue catalogue;
  private final DemoLoader demo;
  private final LakehouseSettings settings;
  private final PrintStream out = System.err;
  private int exitCode;

  LoadCommand(DatasetLoads loads, Catalogue catalogue, DemoLoader demo, LakehouseSettings settings) {
    this.loads = loads;
    this.catalogue = catalogue;
    this.demo = demo;
    this.settings = settings;
  }

  @Override
  public void run(ApplicationArguments arguments) {
    LoadArguments args;
    try {
      args = LoadArguments.parse(arguments.getSourceArgs());
    } catch (IllegalArgumentException e) {
      if (!String.valueOf(e.getMessage()).isEmpty()) {
        out.println("erreur : " + e.getMessage());
      }
      out.print(LoadArguments.USAGE);
      exitCode = 1;
      return;
    }
    try {
      if (args.demo()) {
        demo.load(args.seed(), args.scale(), settings.dataDir(), out);
      } else {
        loadFile(args);
      }
    } catch (IngestionException refused) {
      report(refused);
      exitCode = 2;
    } catch (CatalogException e) {
      out.println("refusé : " + e.getMessage());
      exitCode = 2;
    } catch (Exception e) {
      out.println("échec : " + e);
      exitCode = 1;
    }
  }

  private void loadFile(LoadArguments args) throws IngestionException {
    LoadRequest request = new LoadRequest(args.file(), args.file().getFileName().toString(), args.format(),
        args.read(), args.types(), args.schema());
    ConsoleProgress progress = new ConsoleProgress(out, args.file().getFileName().toString());
    java.util.Optional<Dataset> existing = catalogue.findByTable(args.domain(), args.table());
    DatasetLoads.Outcome outcome;
    if (existing.isEmpty()) {
      if (!List.of("auto", "create").contains(args.mode())) {
        throw new CatalogException(CatalogException.Code.NOT_FOUND,
            "le jeu de données " + args.domain() + "." + args.table() + " n'existe pas (utilisez --mode create)");
      }
      String title = args.title() != null ? args.title() : args.table().replace('_', ' ');
      Dataset.Metadata metadata = new Dataset.Metadata(title, args.description() == null ? "" : args.description(),
          args.service(), args.steward(), null, List.of(), "etalab-2.0", null, null, null, null, args.schema());
      outcome = loads.create(new NewDataset(args.id(), args.domain(), args.table(), metadata,
          Visibility.fromCode(args.visibility()), false), request, args.actor(), progress);
    } else {
      LoadMode mode = switch (args.mode()) {
        case "append" -> LoadMode.APPEND;
        case "replace" -> LoadMode.REPLACE;
        default -> throw new CatalogException(CatalogException.Code.ALREADY_EXISTS, "le jeu de données "
            + existing.get().id() + " existe déjà : précisez --mode append ou --mode replace");
      };
      outcome = loads.load(existing.get().id(), mode, request, args.actor(), progress);
    }
    progress.end();
    out.printf("chargé : %,d lignes dans %s (jeu %s, instantané %d)%n", outcome.result().rowsWritten(),
        outcome.dataset().trinoName(), outcome.dataset().id(), outcome.result().snapshotId());
    outcome.result().columns().forEach(c -> out.printf("  %-32s %-10s « %s »%n", c.name(), c.type().label(),
        c.label()));
  }

  private void report(IngestionException refused) {
    out.println();
    out.println("fichier refusé (" + refused.code() + ") : " + refused.getMessage());
    out.println("aucune donnée n'a été modifiée.");
    List<RowError> errors = refused.report().errors();
    if (!errors.isEmpty()) {
      out.printf("%,d erreur(s), dont :%n", refused.report().errorCount());
      errors.stream().limit(50).forEach(e -> out.println("  " + e.message()));
      out.println("par colonne et motif :");
      for (Map.Entry<String, Long> count : refused.report().countsByFieldAndReason().entrySet()) {
        out.printf("  %,8d  %s%n", count.getValue(), count.getKey());
      }
    }
  }

  @Override
  public int getExitCode() {
    return exitCode;
  }
}
