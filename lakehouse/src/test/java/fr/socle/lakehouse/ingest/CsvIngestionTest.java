package fr.socle.lakehouse.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.data.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class CsvIngestionTest {
  private static final TableIdentifier TABLE = TableIdentifier.of("essais", "subventions");

  @TempDir Path dir;

  private LocalCatalog local() {
    return new LocalCatalog(dir.resolve("lake"));
  }

  private Path write(String name, String content, Charset charset, boolean bom) throws Exception {
    Path file = dir.resolve(name);
    byte[] body = content.getBytes(charset);
    if (bom) {
      byte[] withBom = new byte[body.length + 3];
      withBom[0] = (byte) 0xEF;
      withBom[1] = (byte) 0xBB;
      withBom[2] = (byte) 0xBF;
      System.arraycopy(body, 0, withBom, 3, body.length);
      body = withBom;
    }
    Files.write(file, body);
    return file;
  }

  @Test
  void frenchSpreadsheetExportIsTypedAndLoaded() throws Exception {
    Path file = write("export.csv", """
        Code postal;Commune;Montant (€);Date de vote;Votée;Nombre
        01000;Bourg-en-Bresse;1 250,50;05/03/2024;oui;12
        75001;Paris;"12 000";2024-03-06;non;3
        69001;"Lyon
        centre";0,5;;Oui;
        """, Charset.forName("windows-1252"), false);
    LocalCatalog local = local();

    IngestionResult result = local.ingestion().ingest(
        IngestionRequest.of(file, TABLE, LoadMode.CREATE)
            .withSnapshotProperties(Map.of("socle.user", "alice", "socle.load-id", "L1")),
        ProgressListener.NONE);

    assertThat(result.rowsWritten()).isEqualTo(3);
    assertThat(result.columns()).extracting(ColumnSpec::name, ColumnSpec::type, ColumnSpec::label).containsExactly(
        org.assertj.core.groups.Tuple.tuple("code_postal", ColumnType.STRING, "Code postal"),
        org.assertj.core.groups.Tuple.tuple("commune", ColumnType.STRING, "Commune"),
        org.assertj.core.groups.Tuple.tuple("montant", ColumnType.DOUBLE, "Montant (€)"),
        org.assertj.core.groups.Tuple.tuple("date_de_vote", ColumnType.DATE, "Date de vote"),
        org.assertj.core.groups.Tuple.tuple("votee", ColumnType.BOOLEAN, "Votée"),
        org.assertj.core.groups.Tuple.tuple("nombre", ColumnType.LONG, "Nombre"));
    List<Record> rows = local.rows(TABLE);
    assertThat(rows).hasSize(3);
    Record first = rows.stream().filter(r -> "01000".equals(r.getField("code_postal"))).findFirst().orElseThrow();
    assertThat(first.getField("montant")).isEqualTo(1250.5);
    assertThat(first.getField("date_de_vote")).isEqualTo(LocalDate.of(2024, 3, 5));
    assertThat(first.getField("votee")).isEqualTo(true);
    assertThat(first.getField("nombre")).isEqualTo(12L);
    Record lyon = rows.stream().filter(r -> "69001".equals(r.getField("code_postal"))).findFirst().orElseThrow();
    assertThat(lyon.getField("commune")).isEqualTo("Lyon\ncentre");
    assertThat(lyon.getField("date_de_vote")).isNull();
    assertThat(lyon.getField("nombre")).isNull();

    Snapshot snapshot = local.table(TABLE).currentSnapshot();
    assertThat(snapshot.snapshotId()).isEqualTo(result.snapshotId());
    assertThat(snapshot.summary()).containsEntry("socle.user", "alice").containsEntry("socle.load-id", "L1")
        .containsEntry("socle.mode", "create").containsEntry("socle.source", "export.csv");
    assertThat(local.table(TABLE).schema().findField("montant").doc()).isEqualTo("Montant (€)");
    assertThat(((org.apache.iceberg.BaseTable) local.table(TABLE)).operations().current().formatVersion())
        .isEqualTo(2);
  }

  @Test
  void utf8WithBomAndCommaSeparatorIsDetected() throws Exception {
    Path file = write("bom.csv", "Libellé,Réalisé\nÉcole,\"1,5\"\nCrèche,2\n", StandardCharsets.UTF_8, true);

    FileInspection inspection = local().ingestion().inspect(file, null, ReadOptions.DEFAULTS);

    assertThat(inspection.detectedCharset()).isEqualTo("UTF-8");
    assertThat(inspection.detectedDelimiter()).isEqualTo(',');
    assertThat(inspection.columns()).extracting(ColumnSpec::label).containsExactly("Libellé", "Réalisé");
    assertThat(inspection.columns()).extracting(ColumnSpec::type)
        .containsExactly(ColumnType.STRING, ColumnType.DOUBLE);
    assertThat(inspection.sampleRows()).containsExactly(List.of("École", "1,5"), List.of("Crèche", "2"));
  }

  /** UTF-16 without a byte order mark, as some tools export it, is read as UTF-16, not as NULs between letters. */
  @Test
  void utf16WithoutAByteOrderMarkIsDetected() throws Exception {
    for (Charset utf16 : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      Path file = write("utf16-" + utf16.name() + ".csv", "libellé;montant\nÉcole;1,5\n", utf16, false);

      FileInspection inspection = local().ingestion().inspect(file, null, ReadOptions.DEFAULTS);

      assertThat(inspection.detectedCharset()).isEqualTo(utf16.name());
      assertThat(inspection.columns()).extracting(ColumnSpec::name).containsExactly("libelle", "montant");
      assertThat(inspection.sampleRows()).containsExactly(List.of("École", "1,5"));
    }
  }

  @Test
  void tabSeparatedWindows1252IsDetected() throws Exception {
    Path file = write("tab.tsv", "Élève\tÂge\nZoé\t12\n", Charset.forName("windows-1252"), false);

    FileInspection inspection = local().ingestion().inspect(file, null, ReadOptions.DEFAULTS);

    assertThat(inspection.detectedCharset()).isEqualTo("windows-1252");
    assertThat(inspection.detectedDelimiter()).isEqualTo('\t');
    assertThat(inspection.columns()).extracting(ColumnSpec::name).containsExactly("eleve", "age");
  }

  @Test
  void valueBeyondTheSampleWidensTheColumnAndTheLoadStartsAgain() throws Exception {
    StringBuilder csv = new StringBuilder("cp;quantite;quand\n");
    for (int i = 0; i < Ingestion.SAMPLE_ROWS + 10; i++) {
      csv.append(75000 + i % 100).append(';').append(i).append(";01/02/2024\n");
    }
    csv.append("01000;2,5;01/02/2024 10:30\n");
    Path file = write("late.csv", csv.toString(), StandardCharsets.UTF_8, false);
    LocalCatalog local = local();

    IngestionResult result = local.ingestion().ingest(IngestionRequest.of(file, TABLE, LoadMode.CREATE),
        ProgressListener.NONE);

    assertThat(result.columns()).extracting(ColumnSpec::type)
        .containsExactly(ColumnType.STRING, ColumnType.DOUBLE, ColumnType.TIMESTAMP);
    assertThat(result.rowsWritten()).isEqualTo(Ingestion.SAMPLE_ROWS + 11);
    assertThat(local.rows(TABLE)).anySatisfy(r -> assertThat(r.getField("cp")).isEqualTo("01000"));
    assertThat(local.table(TABLE).snapshots()).hasSize(1);
  }

  @Test
  void overriddenTypeMakesAMisfitARowErrorAndNothingIsWritten() throws Exception {
    Path file = write("bad.csv", "nom;montant\na;12,5\nb;12,5a\nc;7\n", StandardCharsets.UTF_8, false);
    LocalCatalog local = local();

    assertThatThrownBy(() -> local.ingestion().ingest(
            IngestionRequest.of(file, TABLE, LoadMode.CREATE).withTypeOverrides(Map.of("montant", ColumnType.DOUBLE)),
            ProgressListener.NONE))
        .isInstanceOfSatisfying(IngestionException.class, e -> {
          assertThat(e.code()).isEqualTo(IngestionException.Code.INVALID_ROWS);
          assertThat(FrenchRowError.of(e.report()))
              .containsExactly(new FrenchRowError(3, "montant", "12,5a", "nombre attendu"));
          assertThat(e.report().errors().getFirst().message())
              .isEqualTo("ligne 3, montant : valeur « 12,5a » : nombre attendu");
          assertThat(e.report().countsByFieldAndReason()).containsEntry("montant : nombre attendu", 1L);
          assertThat(e.getMessage()).isEqualTo("le fichier compte 1 erreur : rien n'a été chargé");
        });
    assertThat(local.catalog.tableExists(TABLE)).isFalse();
    assertThat(local.files()).isEmpty();
  }

  /** The portal reads a refusal, its rows and its counts in English under {@code ?lang=en}. */
  @Test
  void aRefusalAndItsReportReadInEnglish() throws Exception {
    Path file = write("bad.csv", "nom;montant\na;12,5\nb;12,5a\nc;7\nd;beaucoup\n", StandardCharsets.UTF_8, false);

    assertThatThrownBy(() -> local().ingestion().ingest(
            IngestionRequest.of(file, TABLE, LoadMode.CREATE).withTypeOverrides(Map.of("montant", ColumnType.DOUBLE)),
            ProgressListener.NONE))
        .isInstanceOfSatisfying(IngestionException.class, e -> {
          assertThat(e.message(Locale.ENGLISH)).isEqualTo("the file has 2 errors: nothing was loaded");
          assertThat(e.getMessage()).isEqualTo("le fichier compte 2 erreurs : rien n'a été chargé");
          assertThat(e.report().errors()).extracting(error -> error.message(Locale.ENGLISH)).containsExactly(
              "line 3, montant: value “12,5a”: number expected",
              "line 5, montant: value “beaucoup”: number expected");
          assertThat(e.report().counts()).singleElement().satisfies(count -> {
            assertThat(count.count()).isEqualTo(2);
            assertThat(count.label(Locale.ENGLISH)).isEqualTo("montant: number expected");
            assertThat(count.label(Locale.FRENCH)).isEqualTo("montant : nombre attendu");
          });
        });
  }

  @Test
  void appendAddsOneSnapshotAndReplaceChangesColumns() throws Exception {
    LocalCatalog local = local();
    Ingestion ingestion = local.ingestion();
    Path first = write("a.csv", "nom;montant\na;1\nb;2\n", StandardCharsets.UTF_8, false);
    Path second = write("b.csv", "montant;nom\n3;c\n", StandardCharsets.UTF_8, false);
    Path third = write("c.csv", "nom;montant;note\nz;1,5;x\n", StandardCharsets.UTF_8, false);

    ingestion.ingest(IngestionRequest.of(first, TABLE, LoadMode.CREATE), ProgressListener.NONE);
    IngestionResult appended =
        ingestion.ingest(IngestionRequest.of(second, TABLE, LoadMode.APPEND), ProgressListener.NONE);

    assertThat(local.rows(TABLE)).hasSize(3);
    assertThat(local.table(TABLE).snapshots()).hasSize(2);
    assertThat(appended.columns()).extracting(ColumnSpec::type).containsExactly(ColumnType.LONG, ColumnType.STRING);

    IngestionResult replaced =
        ingestion.ingest(IngestionRequest.of(third, TABLE, LoadMode.REPLACE), ProgressListener.NONE);

    List<Record> rows = local.rows(TABLE);
    assertThat(rows).hasSize(1);
    assertThat(rows.getFirst().getField("montant")).isEqualTo(1.5);
    assertThat(rows.getFirst().getField("note")).isEqualTo("x");
    assertThat(local.table(TABLE).currentSnapshot().snapshotId()).isEqualTo(replaced.snapshotId());
    assertThat(local.table(TABLE).schema().columns()).extracting(f -> f.name())
        .containsExactly("nom", "montant", "note");
  }

  /** A file with its header alone neither empties the dataset it replaces nor adds an empty snapshot. */
  @Test
  void aHeaderAloneNeitherEmptiesNorAppendsToADataset() throws Exception {
    LocalCatalog local = local();
    Ingestion ingestion = local.ingestion();
    ingestion.ingest(IngestionRequest.of(write("a.csv", "nom;montant\na;1\nb;2\n", StandardCharsets.UTF_8, false),
        TABLE, LoadMode.CREATE), ProgressListener.NONE);
    Path header = write("vide.csv", "nom;montant\n", StandardCharsets.UTF_8, false);

    for (LoadMode mode : List.of(LoadMode.REPLACE, LoadMode.APPEND)) {
      assertThatThrownBy(() -> ingestion.ingest(IngestionRequest.of(header, TABLE, mode), ProgressListener.NONE))
          .isInstanceOfSatisfying(IngestionException.class, e -> {
            assertThat(e.code()).isEqualTo(IngestionException.Code.EMPTY_FILE);
            assertThat(e.getMessage()).startsWith("le fichier ne contient aucune ligne de données")
                .contains("rien n'a été modifié");
          });
    }
    assertThat(local.rows(TABLE)).hasSize(2);
    assertThat(local.table(TABLE).snapshots()).hasSize(1);
  }

  @Test
  void appendWithAnUnknownColumnIsRefused() throws Exception {
    LocalCatalog local = local();
    Ingestion ingestion = local.ingestion();
    ingestion.ingest(IngestionRequest.of(write("a.csv", "nom\na\n", StandardCharsets.UTF_8, false), TABLE,
        LoadMode.CREATE), ProgressListener.NONE);
    long before = local.table(TABLE).currentSnapshot().snapshotId();

    assertThatThrownBy(() -> ingestion.ingest(IngestionRequest.of(
            write("b.csv", "nom;extra\nb;1\n", StandardCharsets.UTF_8, false), TABLE, LoadMode.APPEND),
            ProgressListener.NONE))
        .isInstanceOfSatisfying(IngestionException.class,
            e -> assertThat(e.code()).isEqualTo(IngestionException.Code.UNKNOWN_COLUMNS));
    assertThat(local.table(TABLE).currentSnapshot().snapshotId()).isEqualTo(before);
  }

  @Test
  void progressIsReportedWhileReadingAndAtTheEnd() throws Exception {
    StringBuilder csv = new StringBuilder("n;libelle\n");
    for (int i = 0; i < 200_000; i++) {
      csv.append(i).append(";ligne ").append(i).append('\n');
    }
    Path file = write("progress.csv", csv.toString(), StandardCharsets.UTF_8, false);
    List<long[]> calls = new java.util.concurrent.CopyOnWriteArrayList<>();

    IngestionResult result = local().ingestion().ingest(IngestionRequest.of(file, TABLE, LoadMode.CREATE),
        (bytesRead, totalBytes, rowsWritten) -> calls.add(new long[] {bytesRead, totalBytes, rowsWritten}));

    assertThat(calls.size()).isGreaterThanOrEqualTo(3);
    assertThat(calls).allSatisfy(call -> assertThat(call[1]).isEqualTo(Files.size(file)));
    assertThat(calls.getLast()).containsExactly(Files.size(file), Files.size(file), 200_000L);
    assertThat(calls.get(1)[0]).isLessThan(Files.size(file));
    assertThat(result.bytesRead()).isEqualTo(Files.size(file));
  }

  @Test
  void invalidAppendChangesNothing() throws Exception {
    LocalCatalog local = local();
    Ingestion ingestion = local.ingestion();
    ingestion.ingest(IngestionRequest.of(write("a.csv", "nom;montant\na;1\n", StandardCharsets.UTF_8, false),
        TABLE, LoadMode.CREATE), ProgressListener.NONE);
    long before = local.table(TABLE).currentSnapshot().snapshotId();
    int files = local.dataFiles().size();

    assertThatThrownBy(() -> ingestion.ingest(IngestionRequest.of(
            write("b.csv", "nom;montant\nb;2\nc;beaucoup\n", StandardCharsets.UTF_8, false), TABLE,
            LoadMode.APPEND), ProgressListener.NONE))
        .isInstanceOfSatisfying(IngestionException.class, e -> {
          assertThat(e.code()).isEqualTo(IngestionException.Code.INVALID_ROWS);
          assertThat(FrenchRowError.of(e.report()))
              .containsExactly(new FrenchRowError(3, "montant", "beaucoup", "nombre entier attendu"));
        });
    local.table(TABLE).refresh();
    assertThat(local.table(TABLE).currentSnapshot().snapshotId()).isEqualTo(before);
    assertThat(local.dataFiles()).hasSize(files);
  }

  @Test
  void createOnAnExistingTableAndAppendToAMissingOneAreRefused() throws Exception {
    LocalCatalog local = local();
    Path file = write("a.csv", "nom\na\n", StandardCharsets.UTF_8, false);

    assertThatThrownBy(() -> local.ingestion().ingest(IngestionRequest.of(file, TABLE, LoadMode.APPEND),
            ProgressListener.NONE))
        .isInstanceOfSatisfying(IngestionException.class,
            e -> assertThat(e.code()).isEqualTo(IngestionException.Code.NO_SUCH_TABLE));
    local.ingestion().ingest(IngestionRequest.of(file, TABLE, LoadMode.CREATE), ProgressListener.NONE);
    assertThatThrownBy(() -> local.ingestion().ingest(IngestionRequest.of(file, TABLE, LoadMode.CREATE),
            ProgressListener.NONE))
        .isInstanceOfSatisfying(IngestionException.class,
            e -> assertThat(e.code()).isEqualTo(IngestionException.Code.TABLE_EXISTS));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   \n\n", " ; ;\r\n\r\n"})
  void emptyFileIsRefused(String content) throws Exception {
    Path file = write("vide.csv", content, StandardCharsets.UTF_8, false);

    assertThatThrownBy(() -> local().ingestion().ingest(IngestionRequest.of(file, TABLE, LoadMode.CREATE),
            ProgressListener.NONE))
        .isInstanceOfSatisfying(IngestionException.class,
            e -> assertThat(e.code()).isEqualTo(IngestionException.Code.EMPTY_FILE));
  }

  @Test
  void utf8DecodingThatFailsBeyondTheSampleFallsBackToWindows1252() throws Exception {
    StringBuilder csv = new StringBuilder("nom;ville\n");
    for (int i = 0; i < 120_000; i++) {
      csv.append("ligne").append(i).append(";Paris\n");
    }
    csv.append("dernière;Orléans\n");
    Path file = write("tard.csv", csv.toString(), Charset.forName("windows-1252"), false);
    LocalCatalog local = local();

    IngestionResult result = local.ingestion().ingest(IngestionRequest.of(file, TABLE, LoadMode.CREATE),
        ProgressListener.NONE);

    assertThat(result.rowsWritten()).isEqualTo(120_001);
    assertThat(local.rows(TABLE)).anySatisfy(r -> assertThat(r.getField("ville")).isEqualTo("Orléans"));
  }

  /** A file whose first megabyte proves it UTF-8 (its accents) and ends in Windows-1252 is refused, not mojibake. */
  @Test
  void aUtf8FileEndingInWindows1252IsRefusedNotReadAsMojibake() throws Exception {
    StringBuilder csv = new StringBuilder("id;libellé\n");
    for (int i = 0; i < 60_000; i++) {
      csv.append(i).append(";Crèche municipale été\n");
    }
    byte[] utf8 = csv.toString().getBytes(StandardCharsets.UTF_8);
    byte[] tail = "60000;dernière ligne\n".getBytes(Charset.forName("windows-1252"));
    Path file = dir.resolve("mixte.csv");
    try (var out = Files.newOutputStream(file)) {
      out.write(utf8);
      out.write(tail);
    }
    LocalCatalog local = local();

    assertThatThrownBy(() -> local.ingestion().ingest(IngestionRequest.of(file, TABLE, LoadMode.CREATE),
        ProgressListener.NONE)).isInstanceOfSatisfying(IngestionException.class,
            e -> assertThat(e.code()).isEqualTo(IngestionException.Code.UNREADABLE_ENCODING));
    assertThat(local.catalog.tableExists(TABLE)).isFalse();
  }

  @Test
  void shortRowsGetNullsAndExtraCellsAreRowErrors() throws Exception {
    LocalCatalog local = local();
    Path ragged = write("ragged.csv", "a;b;c\n1;2;3;\n4\n", StandardCharsets.UTF_8, false);

    IngestionResult result = local.ingestion().ingest(IngestionRequest.of(ragged, TABLE, LoadMode.CREATE),
        ProgressListener.NONE);

    assertThat(result.rowsWritten()).isEqualTo(2);
    assertThat(local.rows(TABLE)).anySatisfy(r -> {
      assertThat(r.getField("a")).isEqualTo(4L);
      assertThat(r.getField("c")).isNull();
    });
    Path extra = write("extra.csv", "a;b\n1;2;oups\n", StandardCharsets.UTF_8, false);
    assertThatThrownBy(() -> local.ingestion().ingest(
            IngestionRequest.of(extra, TableIdentifier.of("essais", "autre"), LoadMode.CREATE), ProgressListener.NONE))
        .isInstanceOfSatisfying(IngestionException.class, e -> assertThat(FrenchRowError.of(e.report()))
            .containsExactly(
                new FrenchRowError(2, "", "oups", "valeur au-delà de la dernière colonne de l'en-tête")));
  }

  /** A replacement with one bad cell must not turn a published number column into text behind its reuses. */
  @Test
  void replaceKeepsAColumnsKindAndRefusesTextWhereNumbersWere() throws Exception {
    LocalCatalog local = local();
    Ingestion ingestion = local.ingestion();
    ingestion.ingest(IngestionRequest.of(write("a.csv", "places;montant;depuis\n1;2;01/02/2024\n",
        StandardCharsets.UTF_8, false), TABLE, LoadMode.CREATE), ProgressListener.NONE);

    assertThatThrownBy(() -> ingestion.ingest(IngestionRequest.of(write("b.csv",
        "places;montant;depuis\n1;1,5;01/02/2024\n2;n/a;2024-02-02 10:00:00\n", StandardCharsets.UTF_8, false),
        TABLE, LoadMode.REPLACE), ProgressListener.NONE))
        .isInstanceOfSatisfying(IngestionException.class, e -> {
          assertThat(e.code()).isEqualTo(IngestionException.Code.INVALID_ROWS);
          assertThat(FrenchRowError.of(e.report()))
              .containsExactly(new FrenchRowError(3, "montant", "n/a", "nombre attendu"));
        });
    assertThat(local.table(TABLE).snapshots()).hasSize(1);

    // numbers and dates still widen as they would: decimals in an integer column, a time in a date column; and an
    // integer column takes a number written with leading zeros, which inference alone would read as a code
    ingestion.ingest(IngestionRequest.of(write("c.csv", "places;montant;depuis;note\n007;1,5;2024-02-02 10:00:00;x\n",
        StandardCharsets.UTF_8, false), TABLE, LoadMode.REPLACE), ProgressListener.NONE);
    assertThat(local.table(TABLE).schema().columns()).extracting(f -> f.name() + ":" + f.type())
        .containsExactly("places:long", "montant:double", "depuis:timestamp", "note:string");
    assertThat(local.rows(TABLE)).singleElement().satisfies(r -> assertThat(r.getField("places")).isEqualTo(7L));
  }

  /** Changing a column's kind is a steward's explicit act (the load command's {@code --type}). */
  @Test
  void replaceWithARetypedColumnKeepsOneSnapshotAndTheNewType() throws Exception {
    LocalCatalog local = local();
    Ingestion ingestion = local.ingestion();
    ingestion.ingest(IngestionRequest.of(write("a.csv", "nom;montant;vieux\na;1\n", StandardCharsets.UTF_8, false),
        TABLE, LoadMode.CREATE), ProgressListener.NONE);

    ingestion.ingest(IngestionRequest.of(write("b.csv", "montant;nom\nbeaucoup;b\n", StandardCharsets.UTF_8, false),
        TABLE, LoadMode.REPLACE).withTypeOverrides(Map.of("montant", ColumnType.STRING)), ProgressListener.NONE);

    assertThat(local.table(TABLE).schema().columns()).extracting(f -> f.name() + ":" + f.type())
        .containsExactly("montant:string", "nom:string");
    assertThat(local.rows(TABLE)).singleElement()
        .satisfies(r -> assertThat(r.getField("montant")).isEqualTo("beaucoup"));
    assertThat(local.table(TABLE).snapshots()).hasSize(2);
  }

  @Test
  void headerOnlyFileCreatesAnEmptyTableInOneSnapshot() throws Exception {
    LocalCatalog local = local();
    Path file = write("entete.csv", "nom;montant\n", StandardCharsets.UTF_8, false);

    IngestionResult result = local.ingestion().ingest(IngestionRequest.of(file, TABLE, LoadMode.CREATE),
        ProgressListener.NONE);

    assertThat(result.rowsWritten()).isZero();
    assertThat(local.rows(TABLE)).isEmpty();
    assertThat(local.table(TABLE).currentSnapshot().snapshotId()).isEqualTo(result.snapshotId());
  }

  @Test
  void crlfEscapedQuotesAndSeparatorsInsideQuotesAreRead() throws Exception {
    LocalCatalog local = local();
    Path file = write("excel.csv", "Objet;Montant\r\n\"Achat \"\"urgent\"\"; lot 2\";\"1 500,00\"\r\n"
        + "\"Ligne\r\nsur deux\";3\r\n\r\n\r\n", StandardCharsets.UTF_8, true);

    local.ingestion().ingest(IngestionRequest.of(file, TABLE, LoadMode.CREATE), ProgressListener.NONE);

    assertThat(local.rows(TABLE)).extracting(r -> r.getField("objet") + "|" + r.getField("montant"))
        .containsExactlyInAnyOrder("Achat \"urgent\"; lot 2|1500.0", "Ligne\r\nsur deux|3.0");
  }

  @Test
  void anUnclosedQuoteIsAMalformedFileNotRowsSwallowedIntoOneCell() throws Exception {
    LocalCatalog local = local();
    Path file = write("guillemet.csv", "code;montant\nA1;1\nA2;2\n\"A3;3\nA4;4\n", StandardCharsets.UTF_8, false);

    assertThatThrownBy(() -> local.ingestion().ingest(IngestionRequest.of(file, TABLE, LoadMode.CREATE),
            ProgressListener.NONE))
        .isInstanceOfSatisfying(IngestionException.class, e -> {
          assertThat(e.code()).isEqualTo(IngestionException.Code.MALFORMED_FILE);
          assertThat(e.getMessage()).contains("guillemet ouvert n'est jamais fermé (ligne 4)");
          assertThat(e.message(Locale.ENGLISH)).isEqualTo("malformed CSV file: a quote opened (line 4) is never "
              + "closed; it would sweep every following line into a single cell");
        });
    assertThat(local.catalog.tableExists(TABLE)).isFalse();
    // a quoted cell over two lines at the very end is no such thing
    Path last = write("fin.csv", "code;note\nA1;\"sur\ndeux lignes\"\n", StandardCharsets.UTF_8, false);
    local.ingestion().ingest(IngestionRequest.of(last, TABLE, LoadMode.CREATE), ProgressListener.NONE);
    assertThat(local.rows(TABLE)).extracting(r -> r.getField("note")).containsExactly("sur\ndeux lignes");
  }
}
