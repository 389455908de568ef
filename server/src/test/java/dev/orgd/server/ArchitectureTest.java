package dev.orgd.server;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameStartingWith;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonSerializer;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import dev.orgd.core.error.OrgdException;
import dev.orgd.server.protocol.ErrorRenderer;
import dev.orgd.server.protocol.JsonCodec;
import dev.orgd.server.protocol.wire.WireHandshakeFilter;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the arrows pointing inward: the dependency rules of the house style, checked. */
class ArchitectureTest {
  private static final String HOT_PATH = "dev.orgd.server.protocol.hotpath";
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
        .because("Netty stays behind the small http package so that the engine can be replaced")
        .check(classes);
  }

  @Test
  void onlyTheErrorRendererMapsErrorCodesToResponses() {
    noClasses()
        .that()
        .resideInAPackage("dev.orgd.server..")
        .and()
        .doNotHaveFullyQualifiedName(ErrorRenderer.class.getName())
        .should()
        .callMethod(OrgdException.class, "code")
        .because(
            "one place decides the HTTP status, __type and body of every error (its status"
                + " mapping is not public either)")
        .check(classes);
  }

  @Test
  void handWrittenSerializersAreFencedInTheHotPathPackage() {
    classes()
        .that()
        .areAssignableTo(JsonSerializer.class)
        .and()
        .doNotHaveFullyQualifiedName(JsonCodec.class.getName() + "$EpochSecondsSerializer")
        .should()
        .resideInAPackage(HOT_PATH)
        .because("wire records are written by Jackson; only handshake pages proved to need more")
        .allowEmptyShould(false)
        .check(classes);
  }

  @Test
  void theHotPathIsForHandshakesOnly() {
    noClasses()
        .that()
        .resideInAPackage(HOT_PATH)
        .should()
        .dependOnClassesThat(
            resideInAPackage("dev.orgd.server.protocol.wire")
                .and(not(simpleNameStartingWith("WireHandshake")))
                .or(type(WireHandshakeFilter.class)))
        .because("the hand-written serializers and caches are for handshakes, nothing else")
        .check(classes);
  }

  @Test
  void wireTypesShareNoSimpleNameWithDomainTypes() {
    Set<String> domain =
        classes.stream()
            .filter(c -> c.isTopLevelClass() && c.getPackageName().startsWith("dev.orgd.core"))
            .map(JavaClass::getSimpleName)
            .collect(Collectors.toSet());

    assertThat(
            classes.stream()
                .filter(JavaClass::isTopLevelClass)
                .filter(c -> c.getPackageName().equals("dev.orgd.server.protocol.wire"))
                .map(JavaClass::getSimpleName)
                .filter(domain::contains))
        .as("wire records named like a domain type (the model's structures take the prefix Wire)")
        .isEmpty();
  }

  @Test
  void nothingWritesToStandardStreams() {
    noClasses()
        .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
        .because("everything logs through SLF4J; only orgd-dist's Main prints")
        .check(classes);
  }
}
