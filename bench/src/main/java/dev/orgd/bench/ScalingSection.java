package dev.orgd.bench;

import dev.orgd.bench.load.RunPlan;
import dev.orgd.bench.report.ScalingResult;
import dev.orgd.bench.scenario.RepeatScenario;
import dev.orgd.bench.target.OrgdStorage;
import dev.orgd.bench.target.Ports;
import dev.orgd.bench.target.Seeder;
import dev.orgd.bench.target.ServerUnderTest;
import dev.orgd.bench.target.StorageSpec;
import dev.orgd.bench.target.StoreSeeding;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Full list pages against stores that the {@link Seeder} filled, one fresh store and one orgd per
 * size: ListHandshakesForOrganization (MaxResults 20) with 10^3 to 10^6 handshakes, and
 * ListAccounts, ListCreateAccountStatus (MaxResults 10), ListAccountsForParent and ListChildren of
 * the root (every seeded account is under it) with 10 and 10,000 accounts (each with its
 * create-account request) in one organization. Every page compared is full, so that the rows differ
 * in what is stored and not in what a page carries: the smallest organization has 10 accounts.
 * Every server seeded with accounts first serves each of the four account listings unmeasured and
 * then times them in the same order, so that the rows also do not differ in how warm the server's
 * code was: the first operation timed on a fresh JVM would otherwise pay for compiling the protocol
 * path that the operations after it reuse.
 */
final class ScalingSection {

  /** Loading a large seeded store may take orgd a while before its first answer. */
  private static final Duration SEEDED_STARTUP_LIMIT = Duration.ofMinutes(3);

  /**
   * The organization sizes of the account listings. The issues ask for ListAccounts and
   * ListCreateAccountStatus at 5,000 accounts and the listings by parent at 10,000; all four are
   * timed at 10,000, which asks more of the first two, so that every listing is timed in the same
   * order, on a server just as warm, at both sizes. (Timing only the listings by parent at 10,000
   * made them the first timed there and the third and fourth at 10: with the launcher's high C2
   * thresholds, part of what the rows showed was how long the server had been running.)
   */
  static final List<Long> ACCOUNT_SIZES = List.of(10L, 10_000L);

  /**
   * The account listings, in the order they are served unmeasured and then timed, at every size.
   */
  static final List<String> ACCOUNT_LISTINGS =
      List.of("ListAccounts", "ListCreateAccountStatus", "ListAccountsForParent", "ListChildren");

  /**
   * What a run seeds: a size, how to seed it, the list operations to time against it, and the ones
   * served unmeasured first (each for the warm-up of a run).
   */
  private record Seeding(
      long size,
      String what,
      Filling filling,
      List<String> operations,
      int pageSize,
      List<String> warmWith) {}

  /** A full page at every size: the smallest organization has 10 accounts. */
  private static final int ACCOUNT_PAGE = 10;

  private static final int HANDSHAKE_PAGE = 20;

  /** Fills a fresh store. */
  @FunctionalInterface
  private interface Filling {
    Seeder.Seeded fill(StorageSpec spec) throws Exception;
  }

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
    handshakes(bench, storages, storage, seeder);
    if (seeder.seedsAccounts(storage)) {
      for (long size : ACCOUNT_SIZES) {
        Seeding seeding =
            new Seeding(
                size,
                "accounts",
                spec -> seeder.seedAccounts(spec, size),
                ACCOUNT_LISTINGS,
                ACCOUNT_PAGE,
                ACCOUNT_LISTINGS);
        RunPlan plan = plan(bench);
        Duration warming = bench.config.warmup().multipliedBy(ACCOUNT_LISTINGS.size());
        Duration timing = plan.bound().multipliedBy(ACCOUNT_LISTINGS.size());
        if (fits(bench, storage, seeding, timing.plus(warming))) {
          runOne(bench, storages, storage, seeding, plan);
        }
      }
    }
  }

  private static void handshakes(Bench bench, Storages storages, OrgdStorage storage, Seeder seeder)
      throws Exception {
    double nanosPerHandshake = 0; // seeding and start-up, measured on the previous size
    boolean noted = false;
    for (long size : bench.config.scalingSizes()) {
      RunPlan plan = plan(bench);
      Seeding seeding =
          new Seeding(
              size,
              "handshakes",
              spec -> seeder.seed(spec, size),
              List.of("ListHandshakesForOrganization"),
              HANDSHAKE_PAGE,
              List.of());
      Duration projected = plan.bound().plusNanos((long) (nanosPerHandshake * size));
      if (!fits(bench, storage, seeding, projected)) {
        continue;
      }
      long t0 = System.nanoTime();
      Seeder.Seeded seeded = runOne(bench, storages, storage, seeding, plan);
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

  private static RunPlan plan(Bench bench) {
    return new RunPlan(
        bench.config.scalingConnections(),
        bench.config.firstWarmup(),
        bench.config.measure(),
        bench.config.requestTimeout());
  }

  /** Whether {@code projected} more fits the time budget; a run that does not is noted. */
  private static boolean fits(
      Bench bench, OrgdStorage storage, Seeding seeding, Duration projected) {
    if (bench.fits(projected)) {
      return true;
    }
    bench.report.note(
        String.format(
            "Skipped scaling on %s with %,d %s: about %d s more would not fit the time budget.",
            storage.flag(), seeding.size(), seeding.what(), projected.toSeconds()));
    return false;
  }

  /** A full first page of {@code operation}; the listings by parent read the seeded root. */
  static String body(String operation, int pageSize) {
    String page = "\"MaxResults\":" + pageSize;
    return switch (operation) {
      case "ListAccountsForParent" ->
          "{\"ParentId\":\"" + StoreSeeding.ROOT_ID + "\"," + page + "}";
      case "ListChildren" ->
          "{\"ParentId\":\"" + StoreSeeding.ROOT_ID + "\",\"ChildType\":\"ACCOUNT\"," + page + "}";
      default -> "{" + page + "}";
    };
  }

  private static Seeder.Seeded runOne(
      Bench bench, Storages storages, OrgdStorage storage, Seeding seeding, RunPlan plan)
      throws Exception {
    String name = OrgdSection.name(storage);
    StorageSpec spec = storages.fresh(storage);
    try {
      long t0 = System.nanoTime();
      Seeder.Seeded seeded = seeding.filling().fill(spec);
      double seedSeconds = (System.nanoTime() - t0) / 1e9;
      bench.log(
          String.format(
              "seeded %s with %,d %s in %.1f s",
              name, seeding.size(), seeding.what(), seedSeconds));
      List<String> args = new ArrayList<>(bench.config.orgdArgs());
      args.addAll(seeded.extraOrgdArgs());
      int port = Ports.free();
      String log = name + "-seeded-" + seeding.size() + "-" + seeding.what() + ".log";
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
              bench.config.logDir().resolve(log),
              ServerUnderTest.describeOrganization(
                  seeded.managementAccountId(), SEEDED_STARTUP_LIMIT))) {
        for (String operation : seeding.warmWith()) {
          bench.warm(
              server,
              RepeatScenario.of(
                  server.aws(),
                  operation,
                  seeded.managementAccountId(),
                  body(operation, seeding.pageSize())),
              plan.connections());
        }
        for (String operation : seeding.operations()) {
          RepeatScenario list =
              RepeatScenario.of(
                  server.aws(),
                  operation,
                  seeded.managementAccountId(),
                  body(operation, seeding.pageSize()));
          bench
              .run(server, list, plan)
              .ifPresent(
                  r ->
                      bench.report.add(
                          new ScalingResult(storage.flag(), seeding.size(), seedSeconds, r)));
        }
      }
      return seeded;
    } finally {
      storages.release(spec);
    }
  }
}
