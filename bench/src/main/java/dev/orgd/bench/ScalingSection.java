package dev.orgd.bench;

import dev.orgd.bench.load.RunPlan;
import dev.orgd.bench.report.ScalingResult;
import dev.orgd.bench.scenario.RepeatScenario;
import dev.orgd.bench.target.OrgdStorage;
import dev.orgd.bench.target.Ports;
import dev.orgd.bench.target.Seeder;
import dev.orgd.bench.target.ServerUnderTest;
import dev.orgd.bench.target.StorageSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * ListHandshakesForOrganization (MaxResults 20) against stores that the {@link Seeder} filled with
 * 10^3 to 10^6 handshakes: one fresh store and one orgd per size.
 */
final class ScalingSection {

  /** Loading a large seeded store may take orgd a while before its first answer. */
  private static final Duration SEEDED_STARTUP_LIMIT = Duration.ofMinutes(3);

  private ScalingSection() {}

  static void run(Bench bench, Storages storages, OrgdStorage storage, Seeder seeder)
      throws Exception {
    if (!seeder.supports(storage)) {
      bench.report.note(
          "Scaling on "
              + storage.flag()
              + " skipped: no Seeder is wired to orgd's "
              + storage.flag()
              + " store yet (see dev.orgd.bench.target.Seeders).");
      return;
    }
    double nanosPerHandshake = 0; // seeding and start-up, measured on the previous size
    boolean noted = false;
    for (long size : bench.config.scalingSizes()) {
      RunPlan plan =
          new RunPlan(
              bench.config.scalingConnections(),
              bench.config.firstWarmup(),
              bench.config.measure(),
              bench.config.requestTimeout());
      Duration projected = plan.bound().plusNanos((long) (nanosPerHandshake * size));
      if (!bench.fits(projected)) {
        bench.report.note(
            String.format(
                "Skipped scaling on %s with %,d handshakes: about %d s more would not fit the"
                    + " time budget.",
                storage.flag(), size, projected.toSeconds()));
        continue;
      }
      long t0 = System.nanoTime();
      Seeder.Seeded seeded = runOne(bench, storages, storage, seeder, size, plan);
      if (!noted && !seeded.extraJvmOptions().isEmpty()) {
        noted = true;
        bench.report.note(
            "Scaling on "
                + storage.flag()
                + ": the server ran with "
                + String.join(" ", seeded.extraJvmOptions())
                + " after the launcher's options, at every size, because a million handshakes do"
                + " not fit in the launcher's heap.");
      }
      long overhead = System.nanoTime() - t0 - plan.warmup().plus(plan.measure()).toNanos();
      nanosPerHandshake = Math.max(0, overhead) / (double) size;
    }
  }

  private static Seeder.Seeded runOne(
      Bench bench, Storages storages, OrgdStorage storage, Seeder seeder, long size, RunPlan plan)
      throws Exception {
    String name = OrgdSection.name(storage);
    StorageSpec spec = storages.fresh(storage);
    try {
      long t0 = System.nanoTime();
      Seeder.Seeded seeded = seeder.seed(spec, size);
      double seedSeconds = (System.nanoTime() - t0) / 1e9;
      bench.log(String.format("seeded %s with %,d handshakes in %.1f s", name, size, seedSeconds));
      List<String> args = new ArrayList<>(bench.config.orgdArgs());
      args.addAll(seeded.extraOrgdArgs());
      int port = Ports.free();
      try (ServerUnderTest server =
          ServerUnderTest.launch(
              name,
              bench
                  .config
                  .java()
                  .orgd(
                      bench.config.orgdJar(),
                      port,
                      spec,
                      args,
                      seeded.mainClass(),
                      seeded.extraJvmOptions()),
              port,
              bench.config.logDir().resolve(name + "-seeded-" + size + ".log"),
              ServerUnderTest.describeOrganization(
                  seeded.managementAccountId(), SEEDED_STARTUP_LIMIT))) {
        RepeatScenario list =
            RepeatScenario.of(
                server.aws(),
                "ListHandshakesForOrganization",
                seeded.managementAccountId(),
                "{\"MaxResults\":20}");
        bench
            .run(server, list, plan)
            .ifPresent(
                r -> bench.report.add(new ScalingResult(storage.flag(), size, seedSeconds, r)));
      }
      return seeded;
    } finally {
      storages.release(spec);
    }
  }
}
