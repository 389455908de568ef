package dev.orgd.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store that cannot start says why in one sentence, as a StoreStartupException. */
class JdbcStartupTest {

  @TempDir Path tmp;

  @Test
  void dataDirectoryThatIsAFileIsRefused() throws IOException {
    Path file = Files.writeString(tmp.resolve("not-a-dir"), "x");

    assertThatThrownBy(() -> JdbcStore.sqlite(file))
        .isInstanceOf(StoreStartupException.class)
        .hasMessage(
            "The data directory " + file + " cannot be used: it exists and is not a directory");
  }

  @Test
  void dataDirectoryUnderAFileCannotBeCreated() throws IOException {
    Path file = Files.writeString(tmp.resolve("plain-file"), "x");
    Path dir = file.resolve("data");

    assertThatThrownBy(() -> JdbcStore.sqlite(dir))
        .isInstanceOf(StoreStartupException.class)
        .hasMessageStartingWith("The data directory " + dir + " cannot be")
        .hasMessageNotContaining("\n");
  }

  @Test
  void corruptDatabaseFileIsRefused() throws IOException {
    byte[] garbage = new byte[8192];
    Arrays.fill(garbage, (byte) 0x5a);
    Files.write(tmp.resolve("orgd.db"), garbage);

    assertThatThrownBy(() -> JdbcStore.sqlite(tmp))
        .isInstanceOf(StoreStartupException.class)
        .hasMessage(
            "The database file "
                + tmp.resolve("orgd.db")
                + " is damaged or is not an SQLite database: move it away or restore a backup");
  }

  @Test
  void textFileInPlaceOfTheDatabaseIsRefused() throws IOException {
    Files.writeString(tmp.resolve("orgd.db"), "name,email\n".repeat(1000), StandardCharsets.UTF_8);

    assertThatThrownBy(() -> JdbcStore.sqlite(tmp))
        .isInstanceOf(StoreStartupException.class)
        .hasMessageContaining("is damaged or is not an SQLite database");
  }

  @Test
  void databasePathThatIsADirectoryIsRefused() throws IOException {
    Files.createDirectory(tmp.resolve("orgd.db"));

    assertThatThrownBy(() -> JdbcStore.sqlite(tmp))
        .isInstanceOf(StoreStartupException.class)
        .hasMessageStartingWith("The database file " + tmp.resolve("orgd.db"))
        .hasMessageNotContaining("\n");
  }

  @Test
  void unreachablePostgresIsRefusedQuickly() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/orgd?user=orgd&password=hunter2";

    assertThatThrownBy(() -> JdbcStore.postgres(url))
        .isInstanceOf(StoreStartupException.class)
        .hasMessageStartingWith(
            "Cannot use PostgreSQL at jdbc:postgresql://127.0.0.1:"
                + closedPort
                + "/orgd?user=orgd")
        .hasMessageContaining("refused")
        .hasMessageNotContaining("hunter2")
        .hasMessageNotContaining("\n");
  }

  @Test
  void passwordsAreMaskedWhereverTheUrlIsShown() {
    assertThat(
            Startup.withoutPassword(
                "jdbc:postgresql://db:5432/orgd?user=orgd&password=hunter2&sslpassword=x&ssl=true"))
        .isEqualTo(
            "jdbc:postgresql://db:5432/orgd?user=orgd&password=***&sslpassword=***&ssl=true");
  }

  @Test
  void urlThatIsNotPostgresIsRefused() {
    assertThatThrownBy(() -> JdbcStore.postgres("jdbc:mysql://localhost/orgd"))
        .isInstanceOf(StoreStartupException.class)
        .hasMessage(
            "Not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database?user=...):"
                + " jdbc:mysql://localhost/orgd");
  }

  @Test
  void aFailedStartLeavesTheDirectoryUsable() throws IOException {
    Path db = tmp.resolve("orgd.db");
    Files.writeString(db, "garbage".repeat(200));
    assertThatThrownBy(() -> JdbcStore.sqlite(tmp)).isInstanceOf(StoreStartupException.class);

    Files.delete(db);
    try (JdbcStore store = JdbcStore.sqlite(tmp)) {
      assertThat(store.kind()).isEqualTo("sqlite");
    }
  }
}
