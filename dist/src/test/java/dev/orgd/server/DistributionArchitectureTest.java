package dev.orgd.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The distribution's rules: one class opens the JDBC stores, one class prints. */
@AnalyzeClasses(packages = "dev.orgd", importOptions = ImportOption.DoNotIncludeTests.class)
class DistributionArchitectureTest {

  @ArchTest
  static final ArchRule ONLY_THE_STORE_FACTORY_KNOWS_THE_JDBC_STORES =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.orgd.store.jdbc..")
          .and()
          .doNotHaveFullyQualifiedName(StoreFactory.class.getName())
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.orgd.store.jdbc..")
          .because("the rest of orgd works with the Store port, whatever the backend");

  @ArchTest
  static final ArchRule ONLY_MAIN_WRITES_TO_STANDARD_STREAMS =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName(Main.class.getName())
          .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
          .because("everything else logs through SLF4J");
}
