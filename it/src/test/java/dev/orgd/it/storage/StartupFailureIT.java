package dev.orgd.it.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.it.support.Command;
import dev.orgd.it.support.OrgdProcess;
import dev.orgd.store.jdbc.JdbcStore;
import dev.orgd.testsupport.TestPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real jar, started where its store cannot open, prints one line on stderr that says what to
 * fix (no stack trace, no password) and exits 2; a missing JDBC URL is a usage error (exit 1).
 */
class StartupFailureIT {
  @TempDir Path dir;

  @Test
  void aDataDirectoryThatIsAFile() throws IOException {
    Path file = Files.writeString(dir.resolve("orgd-data"), "not a directory");

    Command.Result run = OrgdProcess.runJar(dir, Map.of(), "--port", "0");

    assertFailedWithOneLine(
        run,
        2,
        "orgd: The data directory " + file + " cannot be used: it exists and is not a directory");
  }

  @Test
  void aCorruptDatabaseFile() throws IOException {
    Path data = Files.createDirectory(dir.resolve("data"));
    byte[] garbage = new byte[32768];
    new Random(11).nextBytes(garbage);
    Files.write(data.resolve("orgd.db"), garbage);

    Command.Result run =
        OrgdProcess.runJar(dir, Map.of("ORGD_DATA_DIR", data.toString()), "--port", "0");

    assertFailedWithOneLine(
        run,
        2,
        "orgd: The database file "
            + data.resolve("orgd.db")
            + " is damaged or is not an SQLite database: move it away or restore a backup");
  }

  @Test
  void anUnreachablePostgresFailsFastWithoutShowingThePassword() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    String url = "jdbc:postgresql://127.0.0.1:" + closed + "/orgd?user=orgd&password=hunter2";
    Instant started = Instant.now();

    Command.Result run =
        OrgdProcess.runJar(
            dir, Map.of(), "--storage", "postgres", "--jdbc-url", url, "--port", "0");

    assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(20));
    assertFailedWithOneLine(run, 2, "orgd: Cannot use PostgreSQL at jdbc:postgresql://127.0.0.1:");
    assertThat(run.stderr())
        .contains("/orgd?user=orgd&password=***: Connection to 127.0.0.1:" + closed + " refused")
        .doesNotContain("hunter2");
  }

  @Test
  void aPostgresWithoutTheDatabase() {
    TestPostgres.assumeAvailable();
    String url = TestPostgres.URL.replaceFirst("/[^/?]*(\\?|$)", "/orgd_it_no_such_database$1");

    Command.Result run =
        OrgdProcess.runJar(
            dir, Map.of("ORGD_STORAGE", "postgres", "ORGD_JDBC_URL", url), "--port", "0");

    assertFailedWithOneLine(run, 2, "orgd: Cannot use PostgreSQL at ");
    assertThat(run.stderr()).contains("database \"orgd_it_no_such_database\" does not exist");
  }

  @Test
  void aReadOnlyDatabaseFile() throws Exception {
    Path data = dir.resolve("data");
    JdbcStore.sqlite(data).close();
    Path database = data.resolve("orgd.db");
    makeReadOnly(database);
    try {
      Command.Result run =
          OrgdProcess.runJar(dir, Map.of(), "--port", "0", "--data-dir", data.toString());

      assertFailedWithOneLine(run, 2, "orgd: The SQLite database " + database);
      assertThat(run.stderr()).contains("readonly database");
    } finally {
      makeWritable(database);
    }
  }

  /** Read-only even for root, who ignores permissions: immutable, where chattr can do that. */
  private static void makeReadOnly(Path file) throws Exception {
    if (!"root".equals(System.getProperty("user.name"))) {
      assertThat(file.toFile().setWritable(false, false)).isTrue();
      return;
    }
    Command.Result chattr = Command.of(List.of("chattr", "+i", file.toString())).run();
    Assumptions.assumeTrue(
        chattr.exitCode() == 0, "root cannot make a file read-only here: " + chattr.describe());
  }

  private static void makeWritable(Path file) {
    if ("root".equals(System.getProperty("user.name"))) {
      Command.of(List.of("chattr", "-i", file.toString())).run();
    } else {
      file.toFile().setWritable(true, false);
    }
  }

  @Test
  void aSecondOrgdOnTheSameDataDirectoryIsRefused() {
    Path data = dir.resolve("data");
    try (OrgdProcess first =
        OrgdProcess.startJar("first", dir, "--port", "0", "--data-dir", data.toString())) {
      Command.Result second =
          OrgdProcess.runJar(dir, Map.of(), "--port", "0", "--data-dir", data.toString());

      assertFailedWithOneLine(
          second, 2, "orgd: another orgd is already using " + data.toAbsolutePath().normalize());
    }
  }

  @Test
  void postgresWithoutAUrlIsAUsageError() {
    Command.Result run = OrgdProcess.runJar(dir, Map.of(), "--storage", "postgres", "--port", "0");

    assertFailedWithOneLine(run, 1, "orgd: storage 'postgres' needs a JDBC URL");
  }

  private static void assertFailedWithOneLine(Command.Result run, int exitCode, String start) {
    assertThat(run.exitCode()).as(run.describe()).isEqualTo(exitCode);
    assertThat(run.stdout()).as(run.describe()).isEmpty();
    assertThat(run.stderr())
        .as(run.describe())
        .startsWith(start)
        .hasLineCount(1)
        .endsWith(System.lineSeparator())
        .doesNotContain("Exception", "\tat ");
  }
}
