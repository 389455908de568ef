package dev.orgd.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.orgd.bench.load.LoadGenerator;
import dev.orgd.bench.load.LoadResult;
import dev.orgd.bench.report.MachineInfo;
import dev.orgd.bench.report.Report;
import dev.orgd.bench.target.MotoLauncher;
import dev.orgd.bench.target.Startup;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** moto_server through the harness: start-up, memory, and its three scenarios without errors. */
class MotoIT {

  @TempDir Path dir;

  @Test
  void measuresMotoStartupMemoryAndItsThreeOperations() throws Exception {
    Optional<MotoLauncher> moto = MotoLauncher.find("moto_server");
    assumeTrue(moto.isPresent() || System.getenv("CI") == null, "moto_server is needed in CI");
    assumeTrue(moto.isPresent(), "moto_server not on the PATH");
    BenchConfig config =
        BenchConfig.parse(
            new String[] {
              "--smoke",
              "--connections",
              "1,8",
              "--first-warmup",
              "200ms",
              "--warmup",
              "100ms",
              "--measure",
              "300ms"
            },
            dir,
            "test");
    Report report = new Report("test", "test", Instant.now(), MachineInfo.current());

    try (LoadGenerator generator = new LoadGenerator(1)) {
      MotoSection.run(new Bench(config, report, generator), moto);
    }

    assertThat(report.problems()).isEmpty();
    assertThat(report.throughput())
        .extracting(LoadResult::scenario)
        .containsExactly(
            "DescribeOrganization",
            "DescribeOrganization",
            "ListAccounts",
            "ListAccounts",
            "CreateAccount",
            "CreateAccount");
    Startup startup = report.startups().get(0);
    assertThat(startup.startupMillis()).isPositive();
    assertThat(startup.rssIdleKiB()).isPositive();
    assertThat(startup.rssAfterLoadKiB()).isPositive();
    assertThat(moto.get().version()).startsWith("moto 5");
  }
}
