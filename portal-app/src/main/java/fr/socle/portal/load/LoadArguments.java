package fr.socle.portal.load;

import fr.socle.lakehouse.ingest.ColumnType;
import fr.socle.lakehouse.ingest.ReadOptions;
import fr.socle.lakehouse.ingest.SourceFormat;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The command line of {@code deploy/local/load}, parsed and checked. */
record LoadArguments(
    boolean demo,
    int scale,
    long seed,
    @Nullable Path file,
    @Nullable String domain,
    @Nullable String table,
    @Nullable String id,
    String mode,
    @Nullable SourceFormat format,
    ReadOptions read,
    Map<String, ColumnType> types,
    @Nullable String schema,
    @Nullable String title,
    @Nullable String description,
    String service,
    String steward,
    String visibility,
    String actor) {

  static final String USAGE = """
      usage: deploy/local/load FILE --dataset DOMAIN.TABLE [options]
             deploy/local/load --demo [--scale N] [--seed N]
      options:
        --mode create|append|replace   (create when the dataset does not exist yet)
        --id ID                        stable id of a new dataset (default: from the table name)
        --format csv|xlsx|geojson|parquet
        --charset NAME  --delimiter ';'  --sheet NAME  --header-rows N
        --reproject EPSG:2154          coordinates to convert to WGS84
        --xy XCOLUMN,YCOLUMN           build a point geometry from two columns
        --type COLUMN=TYPE             correct an inferred type (boolean, long, double, string, date, timestamp)
        --schema scdl-subventions      validate against a TableSchema; an invalid file changes nothing
        --title TEXT --description TEXT --service GROUP --steward USER --visibility confidential|discoverable|shared
        --as USER                      who the load is recorded for (default: the operator's login)
      """;

  static LoadArguments parse(String[] args) {
    boolean demo = false;
    int scale = 1;
    long seed = 42;
    Path file = null;
    String dataset = null;
    String id = null;
    String mode = null;
    SourceFormat format = null;
    ReadOptions read = ReadOptions.DEFAULTS;
    Map<String, ColumnType> types = new LinkedHashMap<>();
    String schema = null;
    String title = null;
    String description = null;
    String service = "direction-generale";
    String steward = "dora";
    String visibility = "confidential";
    String actor = System.getProperty("user.name", "operator");
    List<String> rest = new ArrayList<>(List.of(args));
    while (!rest.isEmpty()) {
      String arg = rest.removeFirst();
      switch (arg) {
        case "--demo" -> demo = true;
        case "--scale" -> scale = Integer.parseInt(value(rest, arg));
        case "--seed" -> seed = Long.parseLong(value(rest, arg));
        case "--dataset" -> dataset = value(rest, arg);
        case "--id" -> id = value(rest, arg);
        case "--mode" -> mode = value(rest, arg).toLowerCase(Locale.ROOT);
        case "--format" -> format = SourceFormat.valueOf(value(rest, arg).toUpperCase(Locale.ROOT));
        case "--charset" -> read = read.withCharset(Charset.forName(value(rest, arg)));
        case "--delimiter" -> read = read.withDelimiter(delimiter(value(rest, arg)));
        case "--sheet" -> read = read.withSheet(value(rest, arg));
        case "--header-rows" -> read = read.withHeaderRows(Integer.parseInt(value(rest, arg)));
        case "--reproject" -> read = read.withReprojectFrom(value(rest, arg));
        case "--xy" -> {
          String[] xy = value(rest, arg).split(",", 2);
          if (xy.length != 2) {
            throw new IllegalArgumentException("--xy attend COLONNE_X,COLONNE_Y");
          }
          read = read.withPoint(xy[0].strip(), xy[1].strip());
        }
        case "--type" -> {
          String[] pair = value(rest, arg).split("=", 2);
          if (pair.length != 2) {
            throw new IllegalArgumentException("--type attend COLONNE=TYPE");
          }
          types.put(pair[0].strip(), ColumnType.parse(pair[1]));
        }
        case "--schema" -> schema = value(rest, arg);
        case "--title" -> title = value(rest, arg);
        case "--description" -> description = value(rest, arg);
        case "--service" -> service = value(rest, arg);
        case "--steward" -> steward = value(rest, arg);
        case "--visibility" -> visibility = value(rest, arg).toLowerCase(Locale.ROOT);
        case "--as" -> actor = value(rest, arg);
        case "-h", "--help" -> throw new IllegalArgumentException("");
        default -> {
          if (arg.startsWith("--") || file != null) {
            throw new IllegalArgumentException("argument inattendu : " + arg);
          }
          file = Path.of(arg);
        }
      }
    }
    String domain = null;
    String table = null;
    if (!demo) {
      if (file == null || dataset == null) {
        throw new IllegalArgumentException("un fichier et --dataset DOMAINE.TABLE sont requis");
      }
      int dot = dataset.indexOf('.');
      if (dot <= 0 || dot == dataset.length() - 1) {
        throw new IllegalArgumentException("--dataset attend DOMAINE.TABLE, par exemple finances.budget_2026");
      }
      domain = dataset.substring(0, dot);
      table = dataset.substring(dot + 1);
    }
    if (mode != null && !List.of("create", "append", "replace").contains(mode)) {
      throw new IllegalArgumentException("--mode attend create, append ou replace");
    }
    return new LoadArguments(demo, scale, seed, file, domain, table, id, mode == null ? "auto" : mode, format, read,
        types, schema, title, description, service, steward, visibility, actor);
  }

  private static String value(List<String> rest, String option) {
    if (rest.isEmpty()) {
      throw new IllegalArgumentException(option + " attend une valeur");
    }
    return rest.removeFirst();
  }

  private static char delimiter(String text) {
    return switch (text) {
      case "tab", "\\t", "\t" -> '\t';
      default -> {
        if (text.length() != 1) {
          throw new IllegalArgumentException("--delimiter attend un caractère, ou tab");
        }
        yield text.charAt(0);
      }
    };
  }
}
