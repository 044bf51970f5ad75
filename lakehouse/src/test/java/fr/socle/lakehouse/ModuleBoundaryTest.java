package fr.socle.lakehouse;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The lakehouse knows Iceberg, Parquet and Trino JDBC, but no web, no security framework, no Spring at all. */
class ModuleBoundaryTest {
  private static final JavaClasses LAKEHOUSE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("fr.socle.lakehouse");

  @Test
  void noHttpNoSecurityNoSpring() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..", "jakarta.servlet..", "org.apache.catalina..", "java.net.http..",
            "com.sun.net.httpserver..", "fr.socle.portal..")
        .because("HTTP, sessions and security belong to portal-app; beans are declared there")
        .check(LAKEHOUSE);
  }
}
