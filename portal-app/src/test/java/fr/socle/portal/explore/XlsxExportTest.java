package fr.socle.portal.explore;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.lakehouse.odsql.FieldType;
import fr.socle.lakehouse.odsql.OutputColumn;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxExportTest {

  @Test
  void numbersStayNumbersFormulaLikeTextIsMarkedAsTextUnchangedAndATruncatedExportSaysSo() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XlsxExport xlsx = new XlsxExport(out, ZoneOffset.UTC, true, "Export tronqué");
    assertThat(xlsx.maxRows()).isEqualTo(1_048_574);
    xlsx.start(List.of(new OutputColumn("nom", FieldType.TEXT, null), new OutputColumn("nb", FieldType.INT, null),
        new OutputColumn("jour", FieldType.DATE, null)), List.of("nom", "nb", "jour"));
    xlsx.row(new Object[] {"=1+1", -3L, LocalDate.of(2024, 1, 31)});
    xlsx.row(new Object[] {"+33 6", null, null});
    xlsx.row(new Object[] {"Valmont", null, null});
    xlsx.finish(true);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      var sheet = workbook.getSheetAt(0);
      // the value as it was, with Excel's quote-prefix mark: shown and kept as text, never run as a formula
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("=1+1");
      assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
      assertThat(sheet.getRow(1).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(-3.0);
      assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("2024-01-31");
      assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("+33 6");
      assertThat(sheet.getRow(2).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(sheet.getRow(3).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
      assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Export tronqué");
      assertThat(sheet.getLastRowNum()).isEqualTo(4);
    }
  }
}
