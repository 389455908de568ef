package dev.orgd.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the arrows pointing inward: the dependency rules of the house style, checked. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.orgd");
  }

  @Test
  void coreKnowsNothingOfJsonHttpJdbcTheSdkOrTheServer() {
    noClasses()
        .that()
        .resideInAPackage("dev.orgd.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.fasterxml..", "io.netty..", "java.sql..", "software.amazon..", "dev.orgd.server..")
        .because("the domain must stay free of wire formats, transports and storage technology")
        .check(classes);
  }

  @Test
  void theEmbeddableServerKnowsNoJdbcStore() {
    noClasses()
        .that()
        .resideInAPackage("dev.orgd.server..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.orgd.store.jdbc..")
        .because(
            "the server works with the Store port; only orgd-dist's StoreFactory opens the JDBC"
                + " stores, so that embedding orgd brings no JDBC driver along")
        .check(classes);
  }

  @Test
  void operationsDoNotTouchTheHttpEngine() {
    noClasses()
        .that()
        .resideInAPackage("dev.orgd.server.protocol.ops..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.orgd.server.http..", "io.netty..")
        .because("an operation maps wire records to the domain and back, nothing more")
        .check(classes);
  }

  @Test
  void onlyTheHttpEngineUsesNetty() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.orgd.server.http..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.netty..")
        .because("Netty stays behind one small class so that the engine can be replaced")
        .check(classes);
  }

  @Test
  void nothingWritesToStandardStreams() {
    noClasses()
        .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
        .because("everything logs through SLF4J; only orgd-dist's Main prints")
        .check(classes);
  }
}
