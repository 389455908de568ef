package dev.orgd.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.orgd.bench.load.LoadGenerator;
import dev.orgd.bench.load.LoadResult;
import dev.orgd.bench.report.MachineInfo;
import dev.orgd.bench.report.Report;
import dev.orgd.bench.report.ScalingResult;
import dev.orgd.bench.target.OrgdStorage;
import dev.orgd.bench.target.PostgresCluster;
import dev.orgd.bench.target.Seeder;
import dev.orgd.bench.target.StorageSpec;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the orgd sections end to end against {@link FakeOrgd} launched from a jar, as the harness
 * will launch orgd's: command line, start-up, set-up calls, every scenario (the write path
 * included), fresh storage per run (a throwaway PostgreSQL cluster too) and the seeded scaling
 * runs.
 */
class OrgdHarnessIT {

  @TempDir Path dir;

  @Test
  void runsEveryOrgdScenarioOnEveryBackendWithoutErrors() throws Exception {
    boolean postgres = PostgresCluster.findBin(null).isPresent();
    assumeTrue(postgres || System.getenv("CI") == null, "PostgreSQL is needed in CI");
    List<OrgdStorage> storages =
        postgres
            ? List.of(OrgdStorage.MEMORY, OrgdStorage.SQLITE, OrgdStorage.POSTGRES)
            : List.of(OrgdStorage.MEMORY, OrgdStorage.SQLITE);
    BenchConfig config = config(storages);
    Report report = new Report("test", "test", Instant.now(), MachineInfo.current());

    try (LoadGenerator generator = new LoadGenerator(1);
        Storages fresh = new Storages(config)) {
      Bench bench = new Bench(config, report, generator);
      assertThat(OrgdSection.available(bench)).isTrue();
      for (OrgdStorage storage : storages) {
        OrgdSection.run(bench, fresh, storage);
        ScalingSection.run(bench, fresh, storage, new FakeSeeder());
      }
    }

    assertThat(report.failures()).isEmpty();
    assertThat(report.problems()).isEmpty();
    assertThat(report.throughput()).hasSize(storages.size() * 4 * 2);
    assertThat(report.throughput())
        .extracting(LoadResult::scenario)
        .contains(
            "DescribeOrganization",
            "DescribeHandshake",
            "ListHandshakesForOrganization",
            "Invite+AcceptHandshake");
    assertThat(report.startups()).hasSize(storages.size());
    assertThat(report.scaling()).extracting(ScalingResult::stored).containsOnly(100L, 1_000L);
    assertThat(report.scaling()).hasSize(storages.size() * 2);
  }

  @Test
  void skipsOrgdWithANoteWhenItsJarIsMissing() throws Exception {
    BenchConfig config =
        BenchConfig.parse(
            new String[] {"--smoke", "--orgd-jar", dir.resolve("nope.jar").toString()},
            dir,
            "test");
    Report report = new Report("test", "test", Instant.now(), MachineInfo.current());
    try (LoadGenerator generator = new LoadGenerator(1)) {
      assertThat(OrgdSection.available(new Bench(config, report, generator))).isFalse();
    }
    assertThat(report.missing()).singleElement().asString().contains("orgd jar not found");
  }

  private BenchConfig config(List<OrgdStorage> storages) throws IOException {
    return BenchConfig.parse(
        new String[] {
          "--smoke",
          "--orgd-jar",
          fakeOrgdJar().toString(),
          "--storages",
          String.join(",", storages.stream().map(OrgdStorage::flag).toList()),
          "--connections",
          "1,8",
          "--first-warmup",
          "200ms",
          "--warmup",
          "100ms",
          "--measure",
          "300ms",
          "--scaling-sizes",
          "100,1000",
          "--budget",
          "5m"
        },
        dir,
        "test");
  }

  /** A manifest-only jar that runs FakeOrgd from the test classes. */
  private Path fakeOrgdJar() throws IOException {
    Manifest manifest = new Manifest();
    Attributes main = manifest.getMainAttributes();
    main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    main.put(Attributes.Name.MAIN_CLASS, FakeOrgd.class.getName());
    main.put(
        Attributes.Name.CLASS_PATH,
        FakeOrgd.class.getProtectionDomain().getCodeSource().getLocation().toString());
    Path jar = dir.resolve("orgd.jar");
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream ignored = new JarOutputStream(out, manifest)) {
      return jar;
    }
  }

  /** Seeds by telling FakeOrgd how many handshakes to start with, as a memory seeder would. */
  private static final class FakeSeeder implements Seeder {
    @Override
    public boolean supports(OrgdStorage storage) {
      return true;
    }

    @Override
    public Seeded seed(StorageSpec spec, long handshakes) {
      return new Seeded(
          FakeOrgd.SEEDED_MANAGEMENT_ACCOUNT, List.of("--seeded", Long.toString(handshakes)));
    }
  }
}
