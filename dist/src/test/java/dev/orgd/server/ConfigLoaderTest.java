package dev.orgd.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orgd.core.model.AccountId;
import dev.orgd.server.ConfigLoader.ConfigException;
import dev.orgd.server.ServerConfig.Auth;
import dev.orgd.server.ServerConfig.Storage;
import dev.orgd.server.auth.Credential;
import dev.orgd.server.auth.Credentials;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigLoaderTest {

  @Test
  void defaultsWithoutFlagsOrEnvironment() throws Exception {
    assertThat(ConfigLoader.load(new String[0], Map.of())).isEqualTo(ServerConfig.defaults());
    assertThat(ServerConfig.defaults())
        .isEqualTo(
            new ServerConfig(
                4566, "127.0.0.1", Storage.SQLITE, Path.of("./orgd-data"), null, Auth.NONE));
  }

  @Test
  void closeAccountDelayComesFromTheFlagOrTheEnvironmentAndDefaultsToZero() throws Exception {
    assertThat(ConfigLoader.load(new String[0], Map.of()).closeAccountDelay()).isZero();
    assertThat(
            ConfigLoader.load(new String[0], Map.of("ORGD_CLOSE_ACCOUNT_DELAY", "300"))
                .closeAccountDelay())
        .isEqualTo(java.time.Duration.ofMinutes(5));
    assertThat(
            ConfigLoader.load(new String[] {"--close-account-delay", "60"}, Map.of())
                .closeAccountDelay())
        .isEqualTo(java.time.Duration.ofMinutes(1));
    assertThatThrownBy(
            () -> ConfigLoader.load(new String[] {"--close-account-delay", "-1"}, Map.of()))
        .isInstanceOf(ConfigLoader.ConfigException.class);
  }

  @Test
  void testsAndEmbeddersGetMemoryOnAnyPort() {
    assertThat(ServerConfig.ephemeral())
        .isEqualTo(new ServerConfig(0, "127.0.0.1", Storage.MEMORY, null, null, Auth.NONE));
  }

  @Test
  void postgresTakesItsUrlFromTheEnvironment() throws Exception {
    ServerConfig config =
        ConfigLoader.load(
            new String[] {"--storage", "postgres"},
            Map.of("ORGD_JDBC_URL", "jdbc:postgresql://db:5432/orgd?user=orgd"));

    assertThat(config.storage()).isEqualTo(Storage.POSTGRES);
    assertThat(config.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/orgd?user=orgd");
  }

  @Test
  void aUrlThatIsNotPostgresIsRefusedWithoutRepeatingIt() {
    assertThatThrownBy(
            () ->
                ConfigLoader.load(
                    new String[] {"--storage=postgres", "--jdbc-url=mysql://db?password=hunter2"},
                    Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessage("the JDBC URL must start with jdbc:postgresql://");
  }

  @Test
  void aJdbcUrlIsIgnoredByTheOtherBackends() throws Exception {
    ServerConfig config =
        ConfigLoader.load(new String[0], Map.of("ORGD_JDBC_URL", "whatever, unused"));

    assertThat(config.storage()).isEqualTo(Storage.SQLITE);
  }

  @Test
  void environmentOverridesDefaults(@TempDir Path dir) throws Exception {
    Path keys =
        Files.writeString(
            dir.resolve("keys"), "# key, secret, account\nAKIDEXAMPLE s3cret 111111111111\n");
    ServerConfig config =
        ConfigLoader.load(
            new String[0],
            Map.of(
                "ORGD_PORT", "5000",
                "ORGD_BIND", "0.0.0.0",
                "ORGD_STORAGE", "SQLite",
                "ORGD_DATA_DIR", "/tmp/orgd",
                "ORGD_JDBC_URL", "jdbc:postgresql://db/orgd",
                "ORGD_AUTH", "sigv4",
                "ORGD_CREDENTIALS", keys.toString(),
                "ORGD_ADMIN_TOKEN", "t0ken"));

    assertThat(config)
        .isEqualTo(
            new ServerConfig(
                5000,
                "0.0.0.0",
                Storage.SQLITE,
                Path.of("/tmp/orgd"),
                "jdbc:postgresql://db/orgd",
                Auth.SIGV4,
                Credentials.of(
                    List.of(new Credential("AKIDEXAMPLE", "s3cret", new AccountId("111111111111"))),
                    "t0ken")));
    assertThat(config.toString()).doesNotContain("s3cret").doesNotContain("t0ken");
  }

  @Test
  void flagsOverrideTheEnvironment() throws Exception {
    ServerConfig config =
        ConfigLoader.load(
            new String[] {"--port", "6000", "--storage=memory", "--bind=::1"},
            Map.of("ORGD_PORT", "5000", "ORGD_STORAGE", "postgres"));

    assertThat(config.port()).isEqualTo(6000);
    assertThat(config.storage()).isEqualTo(Storage.MEMORY);
    assertThat(config.bind()).isEqualTo("::1");
  }

  @Test
  void timeoutsComeFromFlagsOrTheEnvironmentInSeconds() throws Exception {
    assertThat(ServerConfig.defaults().headerTimeout()).isEqualTo(Duration.ofSeconds(20));
    assertThat(ServerConfig.defaults().idleTimeout()).isEqualTo(Duration.ofSeconds(75));

    ServerConfig config =
        ConfigLoader.load(new String[] {"--header-timeout", "5"}, Map.of("ORGD_IDLE_TIMEOUT", "0"));

    assertThat(config.headerTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(config.idleTimeout()).isZero();
  }

  @Test
  void servicePrincipalsComeFromAFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("principals");
    Files.writeString(file, "# ours\nx.example.com\n\ny.example.com # also\n");

    assertThat(ConfigLoader.load(new String[0], Map.of()).servicePrincipals()).isEmpty();
    assertThat(
            ConfigLoader.load(new String[0], Map.of("ORGD_SERVICE_PRINCIPALS", file.toString()))
                .servicePrincipals())
        .containsExactly("x.example.com", "y.example.com");
    assertThat(
            ConfigLoader.load(new String[] {"--service-principals", file.toString()}, Map.of())
                .withPort(0)
                .servicePrincipals())
        .containsExactly("x.example.com", "y.example.com");
  }

  @Test
  void aBadServicePrincipalsFileIsRefused(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("principals");
    Files.writeString(file, "not a principal\n");

    assertThatThrownBy(
            () ->
                ConfigLoader.load(new String[] {"--service-principals", file.toString()}, Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("bad service principal in");
    assertThatThrownBy(
            () ->
                ConfigLoader.load(
                    new String[] {"--service-principals", dir.resolve("missing").toString()},
                    Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("cannot read the service principals file");
  }

  @Test
  void blankEnvironmentVariablesAreIgnored() throws Exception {
    assertThat(ConfigLoader.load(new String[0], Map.of("ORGD_PORT", " ")).port()).isEqualTo(4566);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--port x | port must be a number from 0 to 65535: x",
        "--port 70000 | port must be a number from 0 to 65535: 70000",
        "--storage mongo | unknown storage 'mongo' (expected memory, sqlite or postgres)",
        "--auth basic | unknown auth 'basic' (expected none or sigv4)",
        "--verbose | unknown option: --verbose (see --help)",
        "--port | option --port needs a value",
        "--port --bind | option --port needs a value",
        "--storage postgres | storage 'postgres' needs a JDBC URL: --jdbc-url or ORGD_JDBC_URL,"
            + " for example jdbc:postgresql://127.0.0.1:5432/orgd?user=orgd",
        "--data-dir= | data directory must not be empty",
        "--auth sigv4 | --auth sigv4 needs access keys: --credentials FILE (or ORGD_CREDENTIALS)"
            + " with at least one line <access key id> <secret access key> <account id>",
        "--credentials /nonexistent/keys | cannot read the credentials file /nonexistent/keys:"
            + " no such file",
        "extra | unknown option: extra (see --help)",
        "--header-timeout -1 | --header-timeout must be a number of seconds from 0 to 86400: -1",
        "--idle-timeout 1m | --idle-timeout must be a number of seconds from 0 to 86400: 1m",
      })
  void badFlagsAreRefusedWithAClearMessage(String args, String message) {
    assertThatThrownBy(() -> ConfigLoader.load(args.split(" "), Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(message);
  }

  @Test
  void badEnvironmentValuesAreRefusedToo() {
    assertThatThrownBy(() -> ConfigLoader.load(new String[0], Map.of("ORGD_PORT", "http")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("port must be a number");
  }
}
