package dev.orgd.store.jdbc;

import static dev.orgd.core.store.StoreFixtures.accountId;
import static dev.orgd.core.store.StoreFixtures.standalone;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.core.model.Account;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLite's readers keep their prepared statements: each connection its own, dropped once the pool
 * has closed the connection, never more than a bounded number, and never answering from before the
 * last write.
 */
class StatementCachesTest {
  @TempDir Path dataDir;

  @Test
  void eachConnectionKeepsItsOwnStatementsAndAClosedOnesAreDropped() throws SQLException {
    StatementCaches caches = new StatementCaches();
    try (Connection first = connect();
        Connection second = connect()) {
      StatementCache ofFirst = caches.of(first);
      assertThat(caches.of(first)).isSameAs(ofFirst);
      assertThat(ofFirst.statement("SELECT 1")).isSameAs(ofFirst.statement("SELECT 1"));
      assertThat(caches.of(second)).isNotSameAs(ofFirst);
      assertThat(caches.size()).isEqualTo(2);

      first.close();
      try (Connection third = connect()) {
        caches.of(third);
        assertThat(caches.size()).as("the closed connection's cache is dropped").isEqualTo(2);
      }
    }
  }

  @Test
  void aConnectionKeepsNoMoreThanItsBoundOfStatements() throws SQLException {
    try (Connection connection = connect()) {
      StatementCache cache = new StatementCache(connection);
      for (int n = 0; n < StatementCache.MAX_STATEMENTS + 10; n++) {
        PreparedStatement statement = cache.statement("SELECT " + n);
        try (ResultSet rs = statement.executeQuery()) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getInt(1)).isEqualTo(n);
        }
        assertThat(cache.size()).isLessThanOrEqualTo(StatementCache.MAX_STATEMENTS);
      }
    }
  }

  @Test
  void aKeptReadStatementSeesEveryWriteBeforeIt() {
    try (JdbcStore store = JdbcStore.sqlite(dataDir)) {
      for (int n = 1; n <= 20; n++) {
        int account = n;
        Optional<Account> before = store.read(tx -> tx.accounts().find(accountId(account)));
        assertThat(before).isEmpty();
        store.write(
            tx -> {
              tx.accounts().save(standalone(accountId(account)));
              return null;
            });
        Optional<Account> after = store.read(tx -> tx.accounts().find(accountId(account)));
        assertThat(after).isPresent();
      }
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("cache.db"));
  }
}
