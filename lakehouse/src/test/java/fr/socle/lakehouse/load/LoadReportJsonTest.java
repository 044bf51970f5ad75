package fr.socle.lakehouse.load;

import static org.assertj.core.api.Assertions.assertThat;

import fr.socle.lakehouse.ingest.IngestionException;
import fr.socle.lakehouse.ingest.Message;
import fr.socle.lakehouse.ingest.RowError;
import fr.socle.lakehouse.ingest.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report stored with a refused load reads as it always did: its sentences in French, its counts by text. */
class LoadReportJsonTest {
  @Test
  void aRefusedLoadIsStoredWithItsFrenchSentences() {
    Message number = Message.of("row.expected.double");
    ValidationReport report = new ValidationReport(1, List.of(new RowError(3, "montant", "12,5a", number)),
        List.of(new ValidationReport.Count("montant", number, 1)));
    IngestionException refused = new IngestionException(IngestionException.Code.INVALID_ROWS,
        Message.of("load.invalidRow", 1), report, null);

    assertThat(DatasetLoads.reportJson(report, refused)).isEqualTo("{\"code\":\"INVALID_ROWS\","
        + "\"message\":\"le fichier compte 1 erreur : rien n'a été chargé\",\"errorCount\":1,"
        + "\"errors\":[{\"line\":3,\"field\":\"montant\",\"value\":\"12,5a\",\"reason\":\"nombre attendu\"}],"
        + "\"counts\":{\"montant : nombre attendu\":1}}");
  }
}
