package fr.socle.lakehouse.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.socle.lakehouse.schema.TableSchema;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.iceberg.catalog.TableIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files checked against the SCDL subventions schema: every bad cell is reported, and nothing is loaded. */
class SchemaValidationTest {
  private static final TableIdentifier TABLE = TableIdentifier.of("essais", "subventions");
  private static final String HEADER = "nomAttribuant;idAttribuant;dateConvention;referenceDecision;nomBeneficiaire;"
      + "idBeneficiaire;rnaBeneficiaire;objet;montant;nature;conditionsVersement;datesPeriodeVersement;idRAE;"
      + "notificationUE;pourcentageSubvention;dispositifAide\n";
  private static final String VALID_ROW = "Région Bretagne;23350001600040;2024-01-15;DEL-2024-01;ASC Rennes;"
      + "44021234500012;W353012345;Soutien au club;15000;aide en numéraire;unique;2024-02-01;;non;0.5;\n";

  @TempDir Path dir;

  static TableSchema subventions() throws Exception {
    try (InputStream in = SchemaValidationTest.class.getResourceAsStream("/schemas/scdl-subventions.schema.json")) {
      return TableSchema.parse(in);
    }
  }

  private Path csv(String content) throws Exception {
    Path file = dir.resolve("subventions.csv");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void schemaIsReadWithItsConstraints() throws Exception {
    TableSchema schema = subventions();

    assertThat(schema.name()).isEqualTo("subventions");
    assertThat(schema.fields()).hasSize(16);
    TableSchema.Field id = schema.field("idAttribuant").orElseThrow();
    assertThat(id.required()).isTrue();
    assertThat(id.constraints().pattern()).isEqualTo("^\\d{14}$");
    assertThat(schema.field("notificationUE").orElseThrow().trueValues()).containsExactly("oui");
    assertThat(schema.field("pourcentageSubvention").orElseThrow().constraints().maximum()).isEqualByComparingTo("1");
    assertThat(schema.field("nature").orElseThrow().constraints().enumValues()).hasSize(4);
  }

  @Test
  void compliantFileIsLoadedWithTheSchemaTypes() throws Exception {
    LocalCatalog local = new LocalCatalog(dir.resolve("lake"));

    IngestionResult result = local.ingestion().ingest(
        IngestionRequest.of(csv(HEADER + VALID_ROW), TABLE, LoadMode.CREATE).withSchema(subventions()),
        ProgressListener.NONE);

    assertThat(result.rowsWritten()).isEqualTo(1);
    assertThat(result.columns()).filteredOn(c -> c.label().equals("montant")).singleElement()
        .satisfies(c -> assertThat(c.type()).isEqualTo(ColumnType.DOUBLE));
    assertThat(result.columns()).filteredOn(c -> c.label().equals("notificationUE")).singleElement()
        .satisfies(c -> {
          assertThat(c.type()).isEqualTo(ColumnType.BOOLEAN);
          assertThat(c.name()).isEqualTo("notification_ue");
        });
    assertThat(local.rows(TABLE).getFirst().getField("id_attribuant")).isEqualTo("23350001600040");
  }

  @Test
  void invalidCellsAreReportedByLineFieldAndReasonAndNothingRemains() throws Exception {
    LocalCatalog local = new LocalCatalog(dir.resolve("lake"));
    Path file = csv(HEADER + VALID_ROW
        + "Région Bretagne;2335000160004;2024-01-15;;ASC Brest;;;Matériel;15 000,5a;aide en numéraire;unique;"
        + "2024-02-01;;non;0.2;\n"
        + "Région Bretagne;23350001600040;15/01/2024;;ASC Vannes;;;Tournoi;300;subvention;unique;2024-02-01;;"
        + "peut-être;0.2;\n"
        + "Région Bretagne;23350001600040;2024-01-15;;;;;Tournoi;300;aide en nature;unique;2024-02-01;;oui;1.5;\n");

    assertThatThrownBy(() -> local.ingestion().ingest(
            IngestionRequest.of(file, TABLE, LoadMode.CREATE).withSchema(subventions()), ProgressListener.NONE))
        .isInstanceOfSatisfying(IngestionException.class, e -> {
          assertThat(e.code()).isEqualTo(IngestionException.Code.INVALID_ROWS);
          assertThat(FrenchRowError.of(e.report())).containsExactly(
              new FrenchRowError(3, "idAttribuant", "2335000160004", "ne respecte pas le motif ^\\d{14}$"),
              new FrenchRowError(3, "montant", "15 000,5a", "nombre attendu"),
              new FrenchRowError(4, "dateConvention", "15/01/2024", "date au format AAAA-MM-JJ attendue"),
              new FrenchRowError(4, "nature", "subvention", "valeur hors de la liste autorisée (aide en numéraire, "
                  + "aide en nature, aide en numéraire;aide en nature, aide en nature;aide en numéraire)"),
              new FrenchRowError(4, "notificationUE", "peut-être", "valeur booléenne attendue (oui ou non)"),
              new FrenchRowError(5, "pourcentageSubvention", "1.5", "supérieur au maximum 1"),
              new FrenchRowError(5, "nomBeneficiaire", null, "valeur obligatoire manquante"));
          assertThat(e.report().errorCount()).isEqualTo(7);
          assertThat(e.report().countsByFieldAndReason())
              .containsEntry("montant : nombre attendu", 1L)
              .containsEntry("nomBeneficiaire : valeur obligatoire manquante", 1L);
          assertThat(e.getMessage()).isEqualTo("le fichier compte 7 erreurs : rien n'a été chargé");
        });
    assertThat(local.catalog.tableExists(TABLE)).isFalse();
    assertThat(local.files()).isEmpty();
  }

  @Test
  void missingRequiredAndUnknownColumnsAreReported() throws Exception {
    LocalCatalog local = new LocalCatalog(dir.resolve("lake"));
    String header = HEADER.replace("montant;", "").replace("dispositifAide", "commentaire");
    String row = VALID_ROW.replace(";15000;", ";");

    assertThatThrownBy(() -> local.ingestion().ingest(
            IngestionRequest.of(csv(header + row), TABLE, LoadMode.CREATE).withSchema(subventions()),
            ProgressListener.NONE))
        .isInstanceOfSatisfying(IngestionException.class, e -> {
          assertThat(e.code()).isEqualTo(IngestionException.Code.MISSING_COLUMNS);
          assertThat(FrenchRowError.of(e.report())).containsExactly(
              new FrenchRowError(1, "commentaire", null, "colonne inconnue du schéma « subventions »"),
              new FrenchRowError(1, "montant", null, "colonne obligatoire absente"));
          assertThat(e.getMessage()).isEqualTo(
              "les colonnes du fichier ne correspondent pas au schéma « subventions » : [commentaire, montant]");
          assertThat(e.message(Locale.ENGLISH))
              .isEqualTo("the file's columns do not match the schema “subventions”: [commentaire, montant]");
          assertThat(e.report().errors()).extracting(error -> error.message(Locale.ENGLISH)).containsExactly(
              "line 1, commentaire: column unknown to the schema “subventions”",
              "line 1, montant: required column missing");
        });
    assertThat(local.files()).isEmpty();
  }

  @Test
  void errorListIsBoundedButCountsAreComplete() throws Exception {
    StringBuilder content = new StringBuilder(HEADER);
    for (int i = 0; i < 1_500; i++) {
      content.append(VALID_ROW.replace(";15000;", ";beaucoup;"));
    }
    LocalCatalog local = new LocalCatalog(dir.resolve("lake"));

    assertThatThrownBy(() -> local.ingestion().ingest(
            IngestionRequest.of(csv(content.toString()), TABLE, LoadMode.CREATE).withSchema(subventions()),
            ProgressListener.NONE))
        .isInstanceOfSatisfying(IngestionException.class, e -> {
          assertThat(e.report().errorCount()).isEqualTo(1_500);
          assertThat(e.report().errors()).hasSize(ValidationReport.MAX_ERRORS);
          assertThat(e.report().countsByFieldAndReason()).isEqualTo(
              java.util.Map.of("montant : nombre attendu", 1_500L));
          assertThat(e.report().valid()).isFalse();
        });
    assertThat(local.files()).isEmpty();
  }

  @Test
  void missingValuesUniqueLengthsAndFormatsAreChecked() throws Exception {
    TableSchema schema = TableSchema.parse("""
        {"name": "equipements", "missingValues": ["", "NA"],
         "fields": [
          {"name": "id", "type": "string", "constraints": {"required": true, "unique": true, "minLength": 3}},
          {"name": "places", "type": "integer", "constraints": {"minimum": 0}},
          {"name": "courriel", "type": "string", "format": "email"},
          {"name": "ouverture", "type": "date", "format": "%d/%m/%Y"}
         ]}
        """);
    Path file = csv("id;places;courriel;ouverture\n"
        + "E01;NA;accueil@ville.fr;05/03/2024\n"
        + "E01;-2;accueil-ville.fr;2024-03-05\n"
        + "E2;12;NA;NA\n");
    LocalCatalog local = new LocalCatalog(dir.resolve("lake"));

    assertThatThrownBy(() -> local.ingestion().ingest(
            IngestionRequest.of(file, TABLE, LoadMode.CREATE).withSchema(schema), ProgressListener.NONE))
        .isInstanceOfSatisfying(IngestionException.class, e -> assertThat(FrenchRowError.of(e.report()))
            .containsExactly(
                new FrenchRowError(3, "id", "E01", "valeur en double (déjà présente ligne 2)"),
                new FrenchRowError(3, "places", "-2", "inférieur au minimum 0"),
                new FrenchRowError(3, "courriel", "accueil-ville.fr", "adresse électronique attendue"),
                new FrenchRowError(3, "ouverture", "2024-03-05", "date au format JJ/MM/AAAA attendue"),
                new FrenchRowError(4, "id", "E2", "moins de 3 caractères")));
  }
}
