package fr.socle.policies;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Features depend one way: detection knows nothing of plans or the law, occultation knows detection, communicability
 * knows both. The access model stands apart.
 */
class ArchitectureTest {
  private static final JavaClasses POLICIES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("fr.socle.policies");

  @Test
  void featuresDoNotFormCycles() {
    slices().matching("fr.socle.policies.(*)..").should().beFreeOfCycles().check(POLICIES);
  }

  @Test
  void detectionKnowsNeitherPlansNorTheLaw() {
    noClasses().that().resideInAPackage("..policies.detection..")
        .should().dependOnClassesThat().resideInAnyPackage("..policies.occultation..", "..policies.communicability..",
            "..policies.access..")
        .check(POLICIES);
  }

  @Test
  void occultationDoesNotKnowTheLaw() {
    noClasses().that().resideInAPackage("..policies.occultation..")
        .should().dependOnClassesThat().resideInAnyPackage("..policies.communicability..", "..policies.access..")
        .check(POLICIES);
  }
}
