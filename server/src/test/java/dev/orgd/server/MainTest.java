package dev.orgd.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MainTest {
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
  void sqliteIsRefusedForNowWithExitTwo() {
    assertThat(run(Map.of(), "--storage", "sqlite", "--port", "0")).isEqualTo(2);
    assertThat(err()).startsWith("orgd: storage 'sqlite' is not available yet");
  }

  @Test
  void postgresFromTheEnvironmentIsRefusedToo() {
    assertThat(run(Map.of("ORGD_STORAGE", "postgres"), "--port", "0")).isEqualTo(2);
    assertThat(err()).startsWith("orgd: storage 'postgres' is not available yet");
  }

  @Test
  void sigv4IsRefusedForNow() {
    assertThat(run(Map.of(), "--auth", "sigv4", "--port", "0")).isEqualTo(2);
    assertThat(err()).startsWith("orgd: auth 'sigv4' is not available yet");
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
