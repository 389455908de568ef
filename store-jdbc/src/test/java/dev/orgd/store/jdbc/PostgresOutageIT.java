package dev.orgd.store.jdbc;

import static dev.orgd.core.store.StoreFixtures.accountId;
import static dev.orgd.core.store.StoreFixtures.standalone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.OrgdException;
import dev.orgd.core.model.Account;
import dev.orgd.testsupport.TcpProxy;
import dev.orgd.testsupport.TestPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * While PostgreSQL is out of reach (a proxy in between is cut), calls fail with ServiceException;
 * once it is back, the same store serves calls again without a restart.
 */
class PostgresOutageIT {
  private static final Pattern HOST_AND_PORT = Pattern.compile("//([^/:?]+)(?::(\\d+))?/");

  private String schema;
  private TcpProxy proxy;
  private JdbcStore store;

  @BeforeEach
  void connectThroughAProxy() throws Exception {
    TestPostgres.assumeAvailable();
    Matcher target = HOST_AND_PORT.matcher(TestPostgres.URL);
    assertThat(target.find()).as("host and port in %s", TestPostgres.URL).isTrue();
    String host = target.group(1);
    int port = target.group(2) == null ? 5432 : Integer.parseInt(target.group(2));
    schema = TestPostgres.createSchema();
    proxy = new TcpProxy(host, port);
    String viaProxy =
        TestPostgres.urlFor(schema).replace(target.group(0), "//127.0.0.1:" + proxy.port() + "/");
    store = JdbcStore.postgres(viaProxy);
  }

  @AfterEach
  void cleanUp() throws Exception {
    if (store != null) {
      store.close();
    }
    if (proxy != null) {
      proxy.close();
    }
    if (schema != null) {
      TestPostgres.dropSchema(schema);
    }
  }

  @Test
  void callsFailWithServiceExceptionDuringAnOutageAndWorkAgainAfterIt() throws Exception {
    store.write(
        tx -> {
          tx.accounts().save(standalone(accountId(1)));
          return null;
        });

    proxy.stop();
    Instant cut = Instant.now();
    assertThatThrownBy(() -> store.read(tx -> tx.accounts().find(accountId(1))))
        .isInstanceOfSatisfying(
            OrgdException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SERVICE))
        .hasMessageStartingWith("The postgres database is unavailable");
    assertThatThrownBy(
            () ->
                store.write(
                    tx -> {
                      tx.accounts().save(standalone(accountId(2)));
                      return null;
                    }))
        .isInstanceOfSatisfying(
            OrgdException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SERVICE));
    assertThat(Duration.between(cut, Instant.now())).isLessThan(Duration.ofSeconds(20));

    proxy.start();
    Optional<Account> account = readWhenBack(Duration.ofSeconds(20));
    assertThat(account).isPresent();
  }

  /** Reads the account as soon as the store answers again. */
  private Optional<Account> readWhenBack(Duration patience) throws InterruptedException {
    Instant giveUp = Instant.now().plus(patience);
    while (true) {
      try {
        return store.read(tx -> tx.accounts().find(accountId(1)));
      } catch (OrgdException e) {
        if (Instant.now().isAfter(giveUp)) {
          throw e;
        }
        Thread.sleep(200);
      }
    }
  }
}
