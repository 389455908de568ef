package dev.orgd.store.jdbc;

import static dev.orgd.core.store.StoreFixtures.accountId;
import static dev.orgd.core.store.StoreFixtures.standalone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.OrgdException;
import dev.orgd.testsupport.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A statement PostgreSQL refuses fails the call with ServiceException, whose message (which the
 * client receives) says which database failed and nothing of the driver's text.
 */
class PostgresErrorTextIT {
  private String schema;
  private JdbcStore store;

  @BeforeEach
  void open() {
    TestPostgres.assumeAvailable();
    schema = TestPostgres.createSchema();
    store = JdbcStore.postgres(TestPostgres.urlFor(schema));
  }

  @AfterEach
  void cleanUp() {
    if (store != null) {
      store.close();
    }
    if (schema != null) {
      TestPostgres.dropSchema(schema);
    }
  }

  @Test
  void aRefusedStatementIsAServiceExceptionWithoutTheDatabasesText() {
    // PostgreSQL's text type cannot hold a NUL: the driver reports the encoding error.
    var account = standalone(accountId(1));
    var withNul = account.withContact("nul\u0000@example.com", account.name());

    assertThatThrownBy(
            () ->
                store.write(
                    tx -> {
                      tx.accounts().save(withNul);
                      return null;
                    }))
        .isInstanceOfSatisfying(
            OrgdException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SERVICE))
        .hasMessage("The postgres database failed.");
  }
}
