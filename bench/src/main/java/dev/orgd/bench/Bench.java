package dev.orgd.bench;

import dev.orgd.bench.load.LoadGenerator;
import dev.orgd.bench.load.LoadResult;
import dev.orgd.bench.load.MachineCpu;
import dev.orgd.bench.load.RunPlan;
import dev.orgd.bench.report.Report;
import dev.orgd.bench.scenario.Scenario;
import dev.orgd.bench.target.ServerUnderTest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What every section of a benchmark run shares: the settings, the report, one load generator, and
 * the time budget that keeps the whole run bounded.
 */
final class Bench {

  /** The management account of every organization the benchmark creates. */
  static final String MANAGEMENT_ACCOUNT = "111111111111";

  /** How long a fresh server may take to answer its first call. */
  static final Duration STARTUP_LIMIT = Duration.ofSeconds(60);

  /** Below this many busy cores, between runs, the machine counts as quiet. */
  private static final double QUIET_CORES = 0.3;

  /** The longest one run waits for a quiet machine. */
  private static final Duration QUIET_WAIT_PER_RUN = Duration.ofSeconds(15);

  final BenchConfig config;
  final Report report;
  final LoadGenerator generator;
  private final long started = System.nanoTime();

  /** What is left of the time the run may spend waiting for a quiet machine. */
  private Duration quietWaitLeft;

  private final long deadline;

  Bench(BenchConfig config, Report report, LoadGenerator generator) {
    this.config = config;
    this.report = report;
    this.generator = generator;
    this.deadline = started + config.budget().toNanos();
    this.quietWaitLeft = config.quietWait();
  }

  /** Whether {@code d} more still fits in the budget. */
  boolean fits(Duration d) {
    return System.nanoTime() + d.toNanos() < deadline;
  }

  Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - started);
  }

  /** Runs each scenario at each connection count against {@code server}. */
  void measure(ServerUnderTest server, List<Scenario> scenarios) throws InterruptedException {
    for (Scenario scenario : scenarios) {
      List<Integer> levels = config.connections();
      for (int i = 0; i < levels.size(); i++) {
        Duration warmup = i == 0 ? config.firstWarmup() : config.warmup();
        RunPlan plan =
            new RunPlan(levels.get(i), warmup, config.measure(), config.requestTimeout());
        run(server, scenario, plan).ifPresent(report::add);
      }
    }
  }

  /** One run, unless it would pass the budget (then it is noted and skipped). */
  Optional<LoadResult> run(ServerUnderTest server, Scenario scenario, RunPlan plan)
      throws InterruptedException {
    String what = server.name() + " " + scenario.name() + " @" + plan.connections();
    if (!fits(plan.bound())) {
      report.note("Skipped " + what + ": the time budget of " + config.budget() + " ran out.");
      return Optional.empty();
    }
    awaitQuietMachine();
    LoadResult r =
        generator.run(server.name(), server.address(), scenario, plan, server.process()::cpuNanos);
    log(
        String.format(
            Locale.ROOT,
            "%-14s %-30s @%-3d %,10.0f req/s  p50 %7.3f ms  p99 %7.3f ms  errors %d"
                + "  new conns %d  cpu gen %3.0f%% server %3.0f%% other %3.0f%%",
            server.name(),
            scenario.name(),
            plan.connections(),
            r.requestsPerSecond(),
            r.p50Millis(),
            r.p99Millis(),
            r.errors(),
            r.reconnects(),
            r.clientCpuPercent(),
            r.serverCpuPercent(),
            r.otherCpuPercent()));
    if (r.firstError() != null) {
      log("    first error: " + r.firstError());
    }
    return Optional.of(r);
  }

  /**
   * Serves {@code scenario} for one warm-up window, unmeasured and unreported: for a server that
   * must be equally warm before runs that are compared with runs on another server.
   */
  void warm(ServerUnderTest server, Scenario scenario, int connections)
      throws InterruptedException {
    RunPlan plan =
        new RunPlan(connections, Duration.ZERO, config.warmup(), config.requestTimeout());
    if (fits(plan.bound())) {
      generator.run(server.name(), server.address(), scenario, plan, server.process()::cpuNanos);
    }
  }

  /** Lets other work on a shared machine finish first, within the run's waiting allowance. */
  private void awaitQuietMachine() throws InterruptedException {
    if (quietWaitLeft.isZero()) {
      return;
    }
    Duration limit =
        quietWaitLeft.compareTo(QUIET_WAIT_PER_RUN) < 0 ? quietWaitLeft : QUIET_WAIT_PER_RUN;
    Duration waited = MachineCpu.awaitQuiet(limit, QUIET_CORES);
    quietWaitLeft = quietWaitLeft.minus(waited);
    if (quietWaitLeft.isNegative()) {
      quietWaitLeft = Duration.ZERO;
    }
    if (waited.toMillis() > 1_000) {
      log("waited " + waited.toSeconds() + " s for the machine to quieten");
    }
  }

  void log(String line) {
    long s = elapsed().toSeconds();
    System.out.printf(Locale.ROOT, "[%2d:%02d] %s%n", s / 60, s % 60, line);
    System.out.flush();
  }
}
