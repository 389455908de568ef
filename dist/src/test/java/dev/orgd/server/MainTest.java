package dev.orgd.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.server.ServerConfig.Auth;
import dev.orgd.server.ServerConfig.Storage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path tmp;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(Map<String, String> env, String... args) {
    return Main.run(
        args,
        env,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void helpListsEveryFlagWithItsVariableAndDefault() {
    assertThat(run(Map.of(), "--help")).isZero();
    assertThat(out())
        .contains("--port", "ORGD_PORT", "(default: 4566)", "--bind", "ORGD_BIND")
        .contains("--storage", "--data-dir", "ORGD_DATA_DIR", "--jdbc-url", "--auth", "--version");
  }

  @Test
  void helpAlignsEveryDescriptionAndNamesTheLauncherOptionsAndTheControlPlane() {
    assertThat(run(Map.of(), "--help")).isZero();
    Pattern option = Pattern.compile("^  (--\\S+)? +(ORGD_\\S+ +)?");
    List<Integer> columns =
        out()
            .lines()
            .filter(line -> line.startsWith("  --") || line.contains("ORGD_JAVA_OPTS"))
            .map(option::matcher)
            .filter(Matcher::find)
            .map(Matcher::end)
            .distinct()
            .toList();
    assertThat(columns).hasSize(1);
    assertThat(out())
        .contains("--credentials", "--admin-token", "--help", "--version")
        .contains("ORGD_JAVA_OPTS", "/_orgd/health", "/_orgd/reset")
        .contains("--request-log", "--seed", "POST /_orgd/faults", "GET /_orgd/requests")
        .contains("GET /_orgd/state", "POST /_orgd/state", "GET /_orgd/metrics");
  }

  @Test
  void aBadRequestLogSettingOrAnUnreadableSeedIsABadArgument() {
    assertThat(run(Map.of(), "--request-log", "maybe", "--storage", "memory")).isEqualTo(1);
    assertThat(err()).contains("--request-log must be on or off");
    assertThat(run(Map.of(), "--seed", "/nonexistent/seed.json", "--storage", "memory"))
        .isEqualTo(1);
    assertThat(err()).contains("--seed: cannot read the file /nonexistent/seed.json");
  }

  @Test
  void aBindAddressThatDoesNotResolveSaysSoInOneLine() {
    assertThat(run(Map.of(), "--bind", "nosuchhost.invalid", "--port", "0", "--storage", "memory"))
        .isEqualTo(2);
    assertThat(err())
        .isEqualTo(
            "orgd: cannot listen on nosuchhost.invalid:0: no such host or address"
                + System.lineSeparator());
  }

  @Test
  void theListeningLineShowsTheAddressAsBound() {
    ServerConfig config = new ServerConfig(0, "0.0.0.0", Storage.MEMORY, null, null, Auth.NONE);
    try (OrgdServer server = OrgdServer.builder().config(config).build().start()) {
      assertThat(Main.listening(config, server)).isEqualTo("http://0.0.0.0:" + server.port());
    }
  }

  @Test
  void aSecondOrgdOnTheSameSqliteDirectoryIsRefusedWithExitTwo() {
    Path data = tmp.resolve("shared");
    ServerConfig first = ServerConfig.defaults().withPort(0).withSqlite(data);
    try (DataDirLock held = DataDirLock.acquire(first)) {
      assertThat(run(Map.of(), "--port", "0", "--data-dir", data.toString())).isEqualTo(2);
    }
    assertThat(err())
        .startsWith("orgd: another orgd is already using " + data.toAbsolutePath().normalize())
        .hasLineCount(1);
  }

  @Test
  void versionPrintsTheProjectVersion() {
    assertThat(run(Map.of(), "--version")).isZero();
    assertThat(out()).matches("orgd \\d+\\.\\d+\\.\\d+.*\\R");
  }

  @Test
  void badFlagExitsWithOne() {
    assertThat(run(Map.of(), "--prot", "1")).isEqualTo(1);
    assertThat(err())
        .isEqualTo("orgd: unknown option: --prot (see --help)" + System.lineSeparator());
    assertThat(out()).isEmpty();
  }

  @Test
  void badEnvironmentExitsWithOne() {
    assertThat(run(Map.of("ORGD_STORAGE", "disk"))).isEqualTo(1);
    assertThat(err()).contains("unknown storage 'disk'");
  }

  @Test
  void postgresWithoutAJdbcUrlExitsWithOne() {
    assertThat(run(Map.of("ORGD_STORAGE", "postgres"), "--port", "0")).isEqualTo(1);
    assertThat(err())
        .startsWith("orgd: storage 'postgres' needs a JDBC URL: --jdbc-url or ORGD_JDBC_URL")
        .hasLineCount(1);
  }

  @Test
  void aDataDirectoryThatIsAFileExitsWithTwo() throws IOException {
    Path file = Files.writeString(tmp.resolve("orgd-data"), "not a directory");

    assertThat(run(Map.of(), "--port", "0", "--data-dir", file.toString())).isEqualTo(2);
    assertThat(err())
        .isEqualTo(
            "orgd: The data directory "
                + file
                + " cannot be used: it exists and is not a directory"
                + System.lineSeparator());
    assertThat(out()).isEmpty();
  }

  @Test
  void aDataDirectoryThatCannotBeWrittenExitsWithTwo() throws IOException {
    Path dir = unwritableDirectory();

    assertThat(run(Map.of("ORGD_DATA_DIR", dir.toString()), "--port", "0")).isEqualTo(2);
    assertThat(err())
        .isEqualTo(
            "orgd: The data directory "
                + dir
                + " is not writable: permission denied"
                + System.lineSeparator());
  }

  @Test
  void aCorruptDatabaseFileExitsWithTwo() throws IOException {
    byte[] garbage = new byte[16384];
    new Random(7).nextBytes(garbage);
    Files.write(tmp.resolve("orgd.db"), garbage);

    assertThat(run(Map.of(), "--port", "0", "--storage", "sqlite", "--data-dir", tmp.toString()))
        .isEqualTo(2);
    assertThat(err())
        .isEqualTo(
            "orgd: The database file "
                + tmp.resolve("orgd.db")
                + " is damaged or is not an SQLite database: move it away or restore a backup"
                + System.lineSeparator());
  }

  @Test
  void anUnreachablePostgresExitsWithTwoWithoutShowingThePassword() throws IOException {
    int closed = closedPort();
    String url = "jdbc:postgresql://127.0.0.1:" + closed + "/orgd?user=orgd&password=hunter2";

    assertThat(run(Map.of("ORGD_JDBC_URL", url), "--storage", "postgres", "--port", "0"))
        .isEqualTo(2);
    assertThat(err())
        .startsWith(
            "orgd: Cannot use PostgreSQL at jdbc:postgresql://127.0.0.1:"
                + closed
                + "/orgd?user=orgd&password=***: ")
        .contains("refused")
        .doesNotContain("hunter2")
        .hasLineCount(1);
  }

  @Test
  void somethingOtherThanPostgresOnItsPortExitsWithTwo() throws Exception {
    try (ServerSocket impostor = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread answer = new Thread(() -> answerLikeAWebServer(impostor), "impostor");
      answer.setDaemon(true);
      answer.start();
      String url = "jdbc:postgresql://127.0.0.1:" + impostor.getLocalPort() + "/orgd?user=orgd";

      assertThat(run(Map.of(), "--storage", "postgres", "--jdbc-url", url, "--port", "0"))
          .isEqualTo(2);
    }
    assertThat(err())
        .startsWith("orgd: Cannot use PostgreSQL at jdbc:postgresql://")
        .hasLineCount(1);
  }

  private static void answerLikeAWebServer(ServerSocket socket) {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        client.getOutputStream().write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(UTF_8));
      } catch (IOException e) {
        return;
      }
    }
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /**
   * A directory no file can be created in: read-only for its owner, or, for root (whom permissions
   * do not stop), /sys, where even root may not create files.
   */
  private Path unwritableDirectory() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("read-only"));
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-x------"));
    if (Files.isWritable(dir)) {
      Path sys = Path.of("/sys");
      assertThat(sys).as("a directory even root cannot write into").isDirectory();
      return sys;
    }
    return dir;
  }

  @Test
  void sigv4WithoutKeysIsRefusedWithWhatToAdd() {
    assertThat(run(Map.of(), "--auth", "sigv4", "--port", "0")).isEqualTo(1);
    assertThat(err()).startsWith("orgd: --auth sigv4 needs access keys: --credentials FILE");
  }

  @Test
  void aCredentialsFileThatIsNotOneIsRefusedNamingTheLine() throws IOException {
    Path file = Files.writeString(tmp.resolve("keys"), "# keys\nAKIDEXAMPLE secret\n");

    assertThat(run(Map.of(), "--auth", "sigv4", "--credentials", file.toString())).isEqualTo(1);
    assertThat(err())
        .startsWith("orgd: bad credentials file: " + file + " line 2: expected <access key id>");
  }

  @Test
  void aPortInUseExitsWithTwo() {
    try (OrgdServer other =
        OrgdServer.builder()
            .config(ServerConfig.ephemeral())
            .janitorInterval(Duration.ZERO)
            .build()
            .start()) {
      assertThat(run(Map.of(), "--port", String.valueOf(other.port()))).isEqualTo(2);
      assertThat(err()).startsWith("orgd: cannot listen on 127.0.0.1:" + other.port());
    }
  }
}
