package fr.socle.lakehouse.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The manifest covers every legal case, spreads over the services, and says it in French with the article. */
class ManifestTest {
  private static final Set<String> SERVICES = Set.of("finances", "ressources-humaines", "urbanisme", "voirie",
      "citoyennete", "police-municipale", "culture-sports", "direction-generale", "commande-publique");
  private final List<DemoDataset> datasets = DemoFiles.town().datasets();

  @Test
  void everyIntendedCaseIsExercised() {
    assertThat(datasets.stream().map(DemoDataset::intendedCase).collect(Collectors.toSet()))
        .isEqualTo(EnumSet.allOf(IntendedCase.class));
  }

  @Test
  void datasetsSpreadOverTheServicesWithTheirStewards() {
    assertThat(datasets).allSatisfy(d -> {
      assertThat(SERVICES).contains(d.producerService());
      String steward = switch (d.producerService()) {
        case "finances" -> "alice";
        case "urbanisme" -> "bruno";
        default -> "dora";
      };
      assertThat(d.steward()).as(d.id()).isEqualTo(steward);
    });
    assertThat(datasets.stream().map(DemoDataset::producerService).distinct()).hasSizeGreaterThanOrEqualTo(8);
  }

  @Test
  void idsTablesAndFilesAreUnique() {
    assertThat(datasets).extracting(DemoDataset::id).doesNotHaveDuplicates();
    assertThat(datasets).extracting(d -> d.domain() + "." + d.table()).doesNotHaveDuplicates();
    assertThat(datasets).extracting(DemoDataset::fileName).doesNotHaveDuplicates();
  }

  @Test
  void everyLegalNoteCitesAnArticleAndEveryDescriptionIsSeveralSentences() {
    assertThat(datasets).allSatisfy(d -> {
      assertThat(d.legalNote()).as(d.id()).containsPattern("[LDR]\\d{3,4}-\\d");
      assertThat(d.description().split("\\. ")).as(d.id()).hasSizeGreaterThanOrEqualTo(2);
      assertThat(d.columnDescriptions().values()).allSatisfy(text -> assertThat(text).isNotBlank());
    });
  }

  @Test
  void deferredStudyBecomesCommunicableAfterTheExtractionDate() {
    DemoDataset study = DemoFiles.dataset("etude-revision-plu");

    assertThat(study.intendedCase()).isEqualTo(IntendedCase.DEFERRED);
    assertThat(study.communicableFrom()).isAfter(Town.EXTRACTION_DATE).hasYear(2027);
    assertThat(study.legalNote()).contains("L311-2");
  }

  @Test
  void camerasAreNotCommunicableForPublicSafety() {
    DemoDataset cameras = DemoFiles.dataset("cameras-videoprotection");

    assertThat(cameras.intendedCase()).isEqualTo(IntendedCase.NOT_COMMUNICABLE);
    assertThat(cameras.legalNote()).startsWith("L311-5 2° d");
  }

  @Test
  void manifestFileListsEveryDatasetWithItsDialect() throws Exception {
    JsonNode manifest = JsonMapper.builder().build()
        .readTree(Files.readString(DemoFiles.directory().resolve(DemoTown.MANIFEST_FILE)));

    assertThat(manifest.get("town").asString()).isEqualTo("Valmont-sur-Loire");
    assertThat(manifest.get("datasets")).hasSize(datasets.size());
    JsonNode subsidies = manifest.get("datasets").get(1);
    assertThat(subsidies.get("id").asString()).isEqualTo("subventions-2025-2026");
    assertThat(subsidies.at("/csvDialect/charset").asString()).isEqualTo("windows-1252");
    assertThat(subsidies.at("/csvDialect/decimalSeparator").asString()).isEqualTo(",");
    assertThat(subsidies.at("/columnDescriptions").propertyNames()).first().isEqualTo("nomAttribuant");
  }
}
