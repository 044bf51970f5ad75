package fr.socle.lakehouse.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.data.Record;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxIngestionTest {
  private static final TableIdentifier TABLE = TableIdentifier.of("essais", "budget");

  @TempDir Path dir;

  /** A budget sheet with a group-title row (merged cells) above the column titles, after a cover sheet. */
  private Path budgetWorkbook() throws Exception {
    Path file = dir.resolve("budget.xlsx");
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(50)) {
      Sheet cover = workbook.createSheet("Notice");
      cover.createRow(0).createCell(0).setCellValue("Budget primitif 2024");
      Sheet sheet = workbook.createSheet("Budget 2024");
      CellStyle dateStyle = workbook.createCellStyle();
      dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
      Row groups = sheet.createRow(0);
      groups.createCell(0).setCellValue("Commune");
      groups.createCell(1).setCellValue("Dépenses");
      groups.createCell(3).setCellValue("Recettes");
      groups.createCell(5).setCellValue("Vote");
      sheet.addMergedRegion(new CellRangeAddress(0, 1, 0, 0));
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 1, 2));
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 3, 4));
      Row titles = sheet.createRow(1);
      titles.createCell(1).setCellValue("Montant");
      titles.createCell(2).setCellValue("Nombre");
      titles.createCell(3).setCellValue("Montant");
      titles.createCell(4).setCellValue("Nombre");
      titles.createCell(5).setCellValue("Date");
      for (int i = 0; i < 200; i++) {
        Row row = sheet.createRow(2 + i);
        row.createCell(0).setCellValue("Commune " + i);
        row.createCell(1).setCellValue(1000.25 + i);
        row.createCell(2).setCellValue(i);
        row.createCell(3).setCellValue(2000 + i);
        row.createCell(4).setCellValue(i * 2);
        var date = row.createCell(5);
        date.setCellValue(LocalDateTime.of(2024, 3, 1 + i % 28, 0, 0));
        date.setCellStyle(dateStyle);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    }
    return file;
  }

  @Test
  void twoRowHeaderIsDetectedAndJoined() throws Exception {
    LocalCatalog local = new LocalCatalog(dir.resolve("lake"));

    Path file = budgetWorkbook();
    List<Long> progress = new java.util.ArrayList<>();

    IngestionResult result = local.ingestion().ingest(IngestionRequest.of(file, TABLE, LoadMode.CREATE)
        .withRead(ReadOptions.DEFAULTS.withSheet("Budget 2024")), (read, total, rows) -> progress.add(read));

    assertThat(result.rowsWritten()).isEqualTo(200);
    assertThat(progress.getLast()).isEqualTo(Files.size(file));
    assertThat(result.columns()).extracting(ColumnSpec::label).containsExactly("Commune", "Dépenses - Montant",
        "Dépenses - Nombre", "Recettes - Montant", "Recettes - Nombre", "Vote - Date");
    assertThat(result.columns()).extracting(ColumnSpec::name).containsExactly("commune", "depenses_montant",
        "depenses_nombre", "recettes_montant", "recettes_nombre", "vote_date");
    assertThat(result.columns()).extracting(ColumnSpec::type).containsExactly(ColumnType.STRING, ColumnType.DOUBLE,
        ColumnType.LONG, ColumnType.LONG, ColumnType.LONG, ColumnType.DATE);
    List<Record> rows = local.rows(TABLE);
    Record first = rows.stream().filter(r -> r.getField("commune").equals("Commune 0")).findFirst().orElseThrow();
    assertThat(first.getField("depenses_montant")).isEqualTo(1000.25);
    assertThat(first.getField("vote_date")).isEqualTo(LocalDate.of(2024, 3, 1));
  }

  /**
   * INSEE codes typed as numbers and shown with their leading zeros (format 00000) are the codes, as text; a
   * formula's error is refused with its line rather than loaded as an empty cell.
   */
  @Test
  void zeroPaddedCodesKeepTheirZerosAndFormulaErrorsAreRefused() throws Exception {
    Path file = dir.resolve("communes.xlsx");
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("Communes");
      CellStyle padded = workbook.createCellStyle();
      padded.setDataFormat(workbook.createDataFormat().getFormat("00000"));
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue("code_insee");
      header.createCell(1).setCellValue("population");
      int[][] rows = {{1004, 14_000}, {37261, 137_000}};
      for (int i = 0; i < rows.length; i++) {
        Row row = sheet.createRow(i + 1);
        row.createCell(0).setCellValue(rows[i][0]);
        row.getCell(0).setCellStyle(padded);
        row.createCell(1).setCellValue(rows[i][1]);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    }
    LocalCatalog local = new LocalCatalog(dir.resolve("lake"));

    IngestionResult result = local.ingestion().ingest(IngestionRequest.of(file, TABLE, LoadMode.CREATE),
        ProgressListener.NONE);

    assertThat(result.columns()).extracting(ColumnSpec::type).containsExactly(ColumnType.STRING, ColumnType.LONG);
    assertThat(local.rows(TABLE)).extracting(r -> r.getField("code_insee")).containsExactlyInAnyOrder("01004",
        "37261");

    Path errors = dir.resolve("erreurs.xlsx");
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("Communes");
      sheet.createRow(0).createCell(0).setCellValue("population");
      sheet.createRow(1).createCell(0).setCellValue(12);
      Row broken = sheet.createRow(2);
      broken.createCell(0).setCellFormula("1/0");
      workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
      try (OutputStream out = Files.newOutputStream(errors)) {
        workbook.write(out);
      }
    }
    TableIdentifier other = TableIdentifier.of("essais", "population");
    assertThatThrownBy(() -> local.ingestion().ingest(IngestionRequest.of(errors, other, LoadMode.CREATE)
        .withTypeOverrides(java.util.Map.of("population", ColumnType.LONG)), ProgressListener.NONE))
        .isInstanceOfSatisfying(IngestionException.class,
            e -> assertThat(e.report().errors().getFirst().value()).isEqualTo("#DIV/0!"));
  }

  @Test
  void explicitHeaderRowsAndFirstSheetByDefault() throws Exception {
    Ingestion ingestion = new LocalCatalog(dir.resolve("lake")).ingestion();
    Path file = budgetWorkbook();

    FileInspection cover = ingestion.inspect(file, null, ReadOptions.DEFAULTS);
    FileInspection oneRow = ingestion.inspect(file, SourceFormat.XLSX,
        ReadOptions.DEFAULTS.withSheet("Budget 2024").withHeaderRows(1));

    assertThat(cover.format()).isEqualTo(SourceFormat.XLSX);
    assertThat(cover.columns()).extracting(ColumnSpec::label).containsExactly("Budget primitif 2024");
    assertThat(oneRow.columns()).extracting(ColumnSpec::label)
        .containsExactly("Commune", "Dépenses", "colonne_3", "Recettes", "colonne_5", "Vote")
        .isNotEmpty();
  }

  @Test
  void unknownSheetIsAClearError() throws Exception {
    Path file = budgetWorkbook();

    assertThatThrownBy(() -> new LocalCatalog(dir.resolve("lake")).ingestion()
            .inspect(file, null, ReadOptions.DEFAULTS.withSheet("Comptes")))
        .isInstanceOfSatisfying(IngestionException.class, e -> {
          assertThat(e.code()).isEqualTo(IngestionException.Code.INVALID_OPTIONS);
          assertThat(e.getMessage()).contains("Comptes").contains("Budget 2024");
        });
  }

  @Test
  void headerRowsAreJoinedLikeMergedCells() {
    List<String> joined = XlsxSource.joinHeader(List.of(
        java.util.Arrays.asList("Commune", "Dépenses", null, "Recettes", null),
        java.util.Arrays.asList(null, "Montant", "Nombre", "Montant", "Nombre")));

    assertThat(joined).containsExactly("Commune", "Dépenses - Montant", "Dépenses - Nombre", "Recettes - Montant",
        "Recettes - Nombre");
  }
}
