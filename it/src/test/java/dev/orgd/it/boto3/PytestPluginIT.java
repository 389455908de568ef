package dev.orgd.it.boto3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.orgd.it.support.Command;
import dev.orgd.it.support.ItOrgd;
import dev.orgd.it.support.Tools;
import dev.orgd.junit5.OrgdExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pytest plugin (clients/python) as a user gets it: {@code pip install ./clients/python} into a
 * fresh virtualenv (with the machine's boto3, and no package index), then its own test suite, run
 * by pytest once against the jar the plugin starts itself and once against this run's server on its
 * backend ({@code ORGD_ENDPOINT_URL}). The suite shows boto3's standard retry mode recovering from
 * two throttles and the boto3 and AWS CLI paginators walking injected empty pages.
 */
class PytestPluginIT {
  @RegisterExtension static final OrgdExtension ORGD = ItOrgd.extension();

  private static final Path PLUGIN = Path.of(System.getProperty("orgd.it.pytest.plugin", "."));
  private static final Duration SUITE_TIMEOUT = Duration.ofMinutes(5);

  @TempDir static Path dir;
  private static Path python;

  @BeforeAll
  static void installThePluginIntoAVirtualenv() throws IOException {
    Path system = Tools.requirePythonModule("pytest");
    Tools.requirePythonModule("boto3");
    Tools.require("aws");
    Path venv = dir.resolve("venv");
    run(List.of(system.toString(), "-m", "venv", "--system-site-packages", venv.toString()));
    python = venv.resolve("bin/python");
    Command.Result installed =
        Command.of(
                List.of(
                    python.toString(),
                    "-m",
                    "pip",
                    "install",
                    "--no-input",
                    "--disable-pip-version-check",
                    PLUGIN.toAbsolutePath().toString()))
            .timeout(Duration.ofMinutes(2))
            .env("PIP_NO_INDEX", "1") // proves that no package index is needed
            .run();
    assertThat(installed.exitCode()).as(installed.describe()).isZero();
    Files.createDirectories(dir.resolve("work"));
  }

  private static void run(List<String> argv) {
    Command.Result result = Command.of(argv).timeout(Duration.ofMinutes(2)).run();
    assertThat(result.exitCode()).as(result.describe()).isZero();
  }

  private static Command.Result pytest(String name, String value) {
    // Run from a directory outside the checkout, as a user's project would.
    return Command.of(
            List.of(
                python.toString(),
                "-m",
                "pytest",
                "-p",
                "no:cacheprovider",
                "-q",
                PLUGIN.resolve("tests").toAbsolutePath().toString()))
        .directory(dir.resolve("work"))
        .env(name, value)
        .timeout(SUITE_TIMEOUT)
        .run();
  }

  @Test
  void thePluginStartsOrgdFromTheJarAndItsSuitePasses() {
    assumeTrue(
        "memory".equals(ItOrgd.storage()), "the plugin's own server is the same on every run");
    String jar = System.getProperty("orgd.it.jar");
    Command.Result result = pytest("ORGD_JAR", Path.of(jar).toAbsolutePath().toString());
    assertThat(result.exitCode()).as(result.describe()).isZero();
    assertThat(result.stdout())
        .contains(" passed")
        .doesNotContain("failed")
        .doesNotContain("skipped");
  }

  @Test
  void thePluginsSuitePassesAgainstAnExistingServerOnThisBackend() {
    Command.Result result = pytest("ORGD_ENDPOINT_URL", ORGD.runtime().endpoint().toString());
    assertThat(result.exitCode()).as(result.describe()).isZero();
    assertThat(result.stdout())
        .contains(" passed")
        .doesNotContain("failed")
        .doesNotContain("skipped");
  }
}
