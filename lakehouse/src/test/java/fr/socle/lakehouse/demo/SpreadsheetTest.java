package fr.socle.lakehouse.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The workbooks open with POI and have the header layout their manifest declares. */
class SpreadsheetTest {

  @Test
  void electedOfficialsRegisterHasMergedGroupTitlesAboveTheColumnNames() throws IOException {
    DemoDataset register = DemoFiles.dataset("repertoire-elus");
    try (Workbook workbook = open(register)) {
      Sheet sheet = workbook.getSheetAt(0);
      Row groups = sheet.getRow(0);

      assertThat(register.headerRows()).isEqualTo(2);
      assertThat(groups.getCell(0).getStringCellValue()).isEqualTo("Élu");
      assertThat(sheet.getMergedRegions()).contains(
          new CellRangeAddress(0, 0, 0, 3), new CellRangeAddress(0, 0, 4, 8), new CellRangeAddress(0, 0, 9, 11));
      assertThat(texts(sheet.getRow(1))).containsExactlyElementsOf(register.columns());
      assertThat(sheet.getLastRowNum() - 1).isEqualTo(register.rows()).isEqualTo(Council.SEATS);
    }
  }

  @Test
  void registerHasTheMayorTwelveDeputiesAndRealDateCells() throws IOException {
    DemoDataset register = DemoFiles.dataset("repertoire-elus");
    try (Workbook workbook = open(register)) {
      Sheet sheet = workbook.getSheetAt(0);
      int function = register.columns().indexOf("Fonction");
      int start = register.columns().indexOf("Date de début du mandat");
      List<String> functions = new ArrayList<>();
      for (int r = 2; r <= sheet.getLastRowNum(); r++) {
        functions.add(sheet.getRow(r).getCell(function).getStringCellValue());
      }
      Cell date = sheet.getRow(2).getCell(start);

      assertThat(functions).filteredOn(f -> f.equals("Maire")).hasSize(1);
      assertThat(functions).filteredOn(f -> f.contains("adjoint")).hasSize(12);
      assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
      assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(Council.ELECTION);
    }
  }

  @Test
  void payrollWorkbookHasOneHeaderRowAndOneRowPerAgent() throws IOException {
    DemoDataset payroll = DemoFiles.dataset("remunerations-agents-2025");
    try (Workbook workbook = open(payroll)) {
      Sheet sheet = workbook.getSheetAt(0);

      assertThat(payroll.headerRows()).isEqualTo(1);
      assertThat(texts(sheet.getRow(0))).containsExactlyElementsOf(payroll.columns());
      assertThat(sheet.getLastRowNum()).isEqualTo(payroll.rows());
      assertThat(sheet.getRow(1).getCell(payroll.columns().size() - 1).getNumericCellValue()).isGreaterThan(10_000);
    }
  }

  private static Workbook open(DemoDataset dataset) throws IOException {
    try (InputStream in = Files.newInputStream(DemoFiles.file(dataset))) {
      return new XSSFWorkbook(in);
    }
  }

  private static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    for (Cell cell : row) {
      texts.add(cell.getStringCellValue());
    }
    return texts;
  }
}
