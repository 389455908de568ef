package dev.orgd.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The distribution's rules: one class opens the JDBC stores, one class prints. */
class DistributionArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.orgd");
  }

  @Test
  void onlyTheStoreFactoryKnowsTheJdbcStores() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.orgd.store.jdbc..")
        .and()
        .doNotHaveFullyQualifiedName(StoreFactory.class.getName())
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.orgd.store.jdbc..")
        .because("the rest of orgd works with the Store port, whatever the backend")
        .check(classes);
  }

  @Test
  void onlyMainWritesToStandardStreams() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName(Main.class.getName())
        .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
        .because("everything else logs through SLF4J")
        .check(classes);
  }
}
