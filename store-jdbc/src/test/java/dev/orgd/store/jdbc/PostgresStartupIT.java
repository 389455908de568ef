package dev.orgd.store.jdbc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orgd.testsupport.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A PostgreSQL that answers but refuses orgd gives one clear StoreStartupException. */
class PostgresStartupIT {

  @BeforeEach
  void needsPostgres() {
    TestPostgres.assumeAvailable();
  }

  @Test
  void missingDatabaseIsNamed() {
    String url = TestPostgres.URL.replaceFirst("/[^/?]+(\\?|$)", "/orgd_no_such_database$1");

    assertThatThrownBy(() -> JdbcStore.postgres(url))
        .isInstanceOf(StoreStartupException.class)
        .hasMessageStartingWith("Cannot use PostgreSQL at ")
        .hasMessageContaining("database \"orgd_no_such_database\" does not exist")
        .hasMessageNotContaining("\n");
  }

  @Test
  void unknownLoginIsNamedAndItsPasswordHidden() {
    String url =
        TestPostgres.URL.replaceFirst("user=[^&]*", "user=orgd_no_such_role") + "&password=hunter2";

    assertThatThrownBy(() -> JdbcStore.postgres(url))
        .isInstanceOf(StoreStartupException.class)
        .hasMessageContaining("orgd_no_such_role")
        .hasMessageContaining("password=***")
        .hasMessageNotContaining("hunter2")
        .hasMessageNotContaining("\n");
  }
}
