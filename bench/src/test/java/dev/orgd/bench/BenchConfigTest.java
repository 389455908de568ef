package dev.orgd.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orgd.bench.BenchConfig.Section;
import dev.orgd.bench.target.OrgdStorage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchConfigTest {

  private final Path root = Path.of("/repo");

  @Test
  void fullRunsEverythingAtOneEightAndSixtyFourConnectionsIntoDocs() {
    BenchConfig c = BenchConfig.parse(new String[] {"--full"}, root, "cmd");

    assertThat(c.connections()).containsExactly(1, 8, 64);
    assertThat(c.outDir()).isEqualTo(root.resolve("docs"));
    assertThat(c.storages()).containsExactly(OrgdStorage.values());
    assertThat(c.scalingSizes()).containsExactly(1_000L, 10_000L, 100_000L, 1_000_000L);
    assertThat(c.budget()).isLessThan(Duration.ofMinutes(20));
    assertThat(c.orgdJar()).isEqualTo(root.resolve("dist/target/orgd.jar"));
  }

  @Test
  void smokeIsShortAndWritesUnderTarget() {
    BenchConfig c = BenchConfig.parse(new String[] {"--smoke"}, root, "cmd");

    assertThat(c.outDir()).isEqualTo(root.resolve("bench/target/smoke"));
    assertThat(c.budget()).isLessThan(Duration.ofMinutes(1));
    assertThat(c.storages()).containsExactly(OrgdStorage.MEMORY);
  }

  @Test
  void flagsOverrideTheModesDefaults() {
    BenchConfig c =
        BenchConfig.parse(
            new String[] {
              "--smoke",
              "--connections",
              "2,4",
              "--measure",
              "1500ms",
              "--warmup",
              "3s",
              "--budget",
              "2m",
              "--only",
              "ceiling,moto",
              "--jvm-opt",
              "-Xmx1g",
              "--jvm-opt",
              "-XX:+UseSerialGC",
              "--orgd-arg",
              "--account-limit=100000",
              "--storages",
              "sqlite,postgres",
              "--no-strict"
            },
            root,
            "cmd");

    assertThat(c.connections()).containsExactly(2, 4);
    assertThat(c.measure()).isEqualTo(Duration.ofMillis(1500));
    assertThat(c.warmup()).isEqualTo(Duration.ofSeconds(3));
    assertThat(c.budget()).isEqualTo(Duration.ofMinutes(2));
    assertThat(c.sections()).containsExactlyInAnyOrder(Section.CEILING, Section.MOTO);
    assertThat(c.java().jvmOptions()).containsExactly("-Xmx1g", "-XX:+UseSerialGC");
    assertThat(c.orgdArgs()).containsExactly("--account-limit=100000");
    assertThat(c.storages()).containsExactly(OrgdStorage.SQLITE, OrgdStorage.POSTGRES);
    assertThat(c.strict()).isFalse();
  }

  @Test
  void runsOrgdThroughItsLauncherUnlessTheRunAsksForOtherOptions(@TempDir Path checkout)
      throws Exception {
    Path launcher = Files.writeString(checkout.resolve("orgd"), "#!/bin/sh\n");
    launcher.toFile().setExecutable(true);
    Files.createDirectories(checkout.resolve("dist"));
    Files.writeString(
        checkout.resolve("dist/jvm.options"), "# options\n-Xmx1g  # heap\n-Xss512k\n");

    BenchConfig plain = BenchConfig.parse(new String[] {"--full"}, checkout, "cmd");
    BenchConfig tuned =
        BenchConfig.parse(new String[] {"--full", "--jvm-opt", "-Xmx2g"}, checkout, "cmd");

    assertThat(plain.java().orgdLauncher()).isEqualTo(launcher);
    assertThat(plain.java().jvmOptions()).containsExactly("-Xmx1g", "-Xss512k");
    assertThat(tuned.java().orgdLauncher()).isNull();
    assertThat(tuned.java().jvmOptions()).containsExactly("-Xmx2g");
  }

  @Test
  void needsExactlyOneMode() {
    assertThatThrownBy(() -> BenchConfig.parse(new String[] {}, root, "cmd"))
        .hasMessageContaining("exactly one of --smoke and --full");
    assertThatThrownBy(() -> BenchConfig.parse(new String[] {"--smoke", "--full"}, root, "cmd"))
        .hasMessageContaining("exactly one");
  }

  @Test
  void refusesUnknownOptionsAndMissingValues() {
    assertThatThrownBy(() -> BenchConfig.parse(new String[] {"--full", "--fast"}, root, "cmd"))
        .hasMessageContaining("--fast");
    assertThatThrownBy(() -> BenchConfig.parse(new String[] {"--full", "--measure"}, root, "cmd"))
        .hasMessageContaining("needs a value");
  }

  @Test
  void parsesDurations() {
    assertThat(List.of("250ms", "3s", "19m").stream().map(BenchConfig::duration))
        .containsExactly(Duration.ofMillis(250), Duration.ofSeconds(3), Duration.ofMinutes(19));
  }
}
