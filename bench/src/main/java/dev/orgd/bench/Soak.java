package dev.orgd.bench;

import dev.orgd.bench.load.LoadGenerator;
import dev.orgd.bench.load.LoadResult;
import dev.orgd.bench.load.RunPlan;
import dev.orgd.bench.scenario.AwsJson;
import dev.orgd.bench.scenario.RepeatScenario;
import dev.orgd.bench.scenario.Scenario;
import dev.orgd.bench.scenario.WritePathScenario;
import dev.orgd.bench.target.ManagedProcess;
import dev.orgd.bench.target.OrgdStorage;
import dev.orgd.bench.target.Ports;
import dev.orgd.bench.target.ServerUnderTest;
import dev.orgd.bench.target.StorageSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The soak run ({@code bench/run --soak}): one orgd, started as users start it (the launcher and
 * its JVM options), under a steady mixed load for a long time, with its resident memory, threads
 * and open files sampled after every load window. The load rotates through the write path (invite,
 * then accept: the store grows all the time), the handshake list, DescribeOrganization and
 * ListAccounts. The target: no figure grows by more than 10% over the second half of the run, so
 * whatever the process keeps is bounded rather than growing with the calls it has served.
 */
final class Soak {

  /** The largest growth over the second half that counts as flat. */
  static final double FLAT = 0.10;

  private static final String USAGE =
      """
      usage: bench/run --soak [options]

        --minutes N        how long the load runs (default 20)
        --storage S        memory, sqlite (default) or postgres
        --connections N    connections of each load window (default 4)
        --window D         length of one load window, e.g. 20s (default 20s)
        --out DIR          where soak.md goes (default docs/)
        any other option of the benchmark (for example --jvm-opt -Xmx2g, which runs orgd with
        java -jar and these options instead of through ./orgd and its options file)
      """;

  private final BenchConfig config;
  private final OrgdStorage storage;
  private final Duration length;
  private final Duration window;
  private final int connections;
  private final Path out;

  private Soak(
      BenchConfig config,
      OrgdStorage storage,
      Duration length,
      Duration window,
      int connections,
      Path out) {
    this.config = config;
    this.storage = storage;
    this.length = length;
    this.window = window;
    this.connections = connections;
    this.out = out;
  }

  /** One reading of the server process, after a load window. */
  record Sample(
      Duration elapsed, long requests, long errors, long rssKiB, long threads, long openFiles) {}

  static int main(String[] args, Path root) throws Exception {
    Duration length = Duration.ofMinutes(20);
    Duration window = Duration.ofSeconds(20);
    int connections = 4;
    OrgdStorage storage = OrgdStorage.SQLITE;
    Path out = root.resolve("docs");
    List<String> benchArgs = new ArrayList<>(List.of("--full"));
    for (int i = 1; i < args.length; i += 2) {
      if (i + 1 >= args.length) {
        System.err.print(USAGE);
        return 2;
      }
      String value = args[i + 1];
      switch (args[i]) {
        case "--minutes" -> length = Duration.ofMinutes(Long.parseLong(value));
        case "--storage" -> storage = OrgdStorage.fromFlag(value);
        case "--connections" -> connections = Integer.parseInt(value);
        case "--window" -> window = BenchConfig.duration(value);
        case "--out" -> out = Path.of(value);
        default -> benchArgs.addAll(List.of(args[i], value));
      }
    }
    benchArgs.addAll(List.of("--storages", storage.flag()));
    BenchConfig config;
    try {
      config =
          BenchConfig.parse(
              benchArgs.toArray(String[]::new), root, "bench/run " + String.join(" ", args));
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.print(USAGE);
      return 2;
    }
    return new Soak(config, storage, length, window, connections, out).run();
  }

  private int run() throws Exception {
    List<Sample> samples = new ArrayList<>();
    Instant started = Instant.now();
    try (LoadGenerator generator = new LoadGenerator(1);
        Storages storages = new Storages(config)) {
      StorageSpec spec = storages.fresh(storage);
      int port = Ports.free();
      String name = OrgdSection.name(storage);
      try (ServerUnderTest server =
          ServerUnderTest.launch(
              name,
              config.java().orgd(config.orgdJar(), port, spec, config.orgdArgs()),
              port,
              config.logDir().resolve(name + "-soak.log"),
              ServerUnderTest.createThenDescribeOrganization(
                  Bench.MANAGEMENT_ACCOUNT, Bench.STARTUP_LIMIT))) {
        OrgdSection.liftQuotas(server.client());
        samples.add(sample(server.process(), Duration.ZERO, 0, 0));
        load(generator, server, samples);
      } finally {
        storages.release(spec);
      }
    }
    Files.createDirectories(out);
    Path report = out.resolve("soak.md");
    Files.writeString(report, render(samples, started));
    System.out.println("wrote " + report);
    return samples.size() > 2 && flat(samples) ? 0 : 1;
  }

  private void load(LoadGenerator generator, ServerUnderTest server, List<Sample> samples)
      throws Exception {
    AwsJson aws = server.aws();
    String m = Bench.MANAGEMENT_ACCOUNT;
    AtomicLong nextAccount = new AtomicLong(500_000_000_000L);
    List<Scenario> rotation =
        List.of(
            new WritePathScenario(aws, m, nextAccount),
            RepeatScenario.of(aws, "ListHandshakesForOrganization", m, "{\"MaxResults\":20}"),
            RepeatScenario.of(aws, "DescribeOrganization", m, "{}"),
            RepeatScenario.of(aws, "ListAccounts", m, "{\"MaxResults\":20}"));
    long begin = System.nanoTime();
    long requests = 0;
    long errors = 0;
    RunPlan plan = new RunPlan(connections, Duration.ZERO, window, Duration.ofSeconds(10));
    for (int i = 0; System.nanoTime() - begin < length.toNanos(); i++) {
      Scenario scenario = rotation.get(i % rotation.size());
      LoadResult r =
          generator.run(
              server.name(), server.address(), scenario, plan, server.process()::cpuNanos);
      requests += r.requests();
      errors += r.errors();
      Sample s =
          sample(server.process(), Duration.ofNanos(System.nanoTime() - begin), requests, errors);
      samples.add(s);
      System.out.printf(
          Locale.ROOT,
          "[%3d s] %-30s %,8.0f req/s  errors %d  rss %,d KiB  threads %d  fds %d%n",
          s.elapsed().toSeconds(),
          scenario.name(),
          r.requestsPerSecond(),
          r.errors(),
          s.rssKiB(),
          s.threads(),
          s.openFiles());
    }
  }

  private static Sample sample(
      ManagedProcess process, Duration elapsed, long requests, long errors) {
    return new Sample(
        elapsed, requests, errors, process.rssKiB(), threads(process), openFiles(process));
  }

  private static long threads(ManagedProcess process) {
    try {
      for (String line :
          Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
        if (line.startsWith("Threads:")) {
          return Long.parseLong(line.substring("Threads:".length()).trim());
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  private static long openFiles(ManagedProcess process) {
    try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(process.pid()), "fd"))) {
      return fds.count();
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** How much {@code figure} grew from the middle of the run to its highest point after it. */
  static double growthOverSecondHalf(
      List<Sample> samples, java.util.function.ToLongFunction<Sample> figure) {
    Duration end = samples.get(samples.size() - 1).elapsed();
    Duration middle = end.dividedBy(2);
    Sample atMiddle =
        samples.stream().filter(s -> s.elapsed().compareTo(middle) >= 0).findFirst().orElseThrow();
    long base = figure.applyAsLong(atMiddle);
    long highest =
        samples.stream()
            .filter(s -> s.elapsed().compareTo(middle) >= 0)
            .mapToLong(figure)
            .max()
            .orElse(base);
    return base <= 0 ? 0 : (highest - base) / (double) base;
  }

  private static boolean flat(List<Sample> samples) {
    return growthOverSecondHalf(samples, Sample::rssKiB) <= FLAT
        && growthOverSecondHalf(samples, Sample::threads) <= FLAT
        && growthOverSecondHalf(samples, Sample::openFiles) <= FLAT;
  }

  private String render(List<Sample> samples, Instant started) {
    StringBuilder md = new StringBuilder();
    md.append("# orgd soak run\n\n")
        .append(
            String.format(
                Locale.ROOT,
                "`%s`, started %s: orgd on %s (%s), %d"
                    + " minutes of closed-loop load at %d connections in %d-second windows that"
                    + " rotate through the write path (InviteAccountToOrganization then"
                    + " AcceptHandshake, so the store grows all the time),"
                    + " ListHandshakesForOrganization, DescribeOrganization and ListAccounts. After"
                    + " each window the process's resident memory (VmRSS), threads and open file"
                    + " descriptors are read from /proc.\n\n",
                config.commandLine(),
                started.truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                storage.flag(),
                config.java().orgdLauncher() != null
                    ? "through `./orgd`, with the launcher's JVM options"
                    : "with `java -jar`, JVM options: "
                        + String.join(" ", config.java().jvmOptions()),
                length.toMinutes(),
                connections,
                window.toSeconds()));
    md.append("Target: each figure grows by at most ")
        .append(Math.round(FLAT * 100))
        .append("% over the second half of the run (its highest value after the middle against")
        .append(" its value at the middle).\n\n");
    md.append("| figure | at the start | at the middle | highest after the middle | at the end |")
        .append(
            " growth over the second half | target met |\n|---|---:|---:|---:|---:|---:|---|\n");
    row(md, "RSS (MiB)", samples, Sample::rssKiB, 1024);
    row(md, "threads", samples, Sample::threads, 1);
    row(md, "open file descriptors", samples, Sample::openFiles, 1);
    Sample last = samples.get(samples.size() - 1);
    md.append(
        String.format(
            Locale.ROOT,
            "%nRequests answered: %,d (%,d errors).%n%n",
            last.requests(),
            last.errors()));
    md.append("| elapsed s | requests | RSS MiB | threads | fds |\n|---:|---:|---:|---:|---:|\n");
    for (Sample s : samples) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %d | %,d | %.1f | %d | %d |%n",
              s.elapsed().toSeconds(),
              s.requests(),
              s.rssKiB() / 1024.0,
              s.threads(),
              s.openFiles()));
    }
    return md.toString();
  }

  private static void row(
      StringBuilder md,
      String name,
      List<Sample> samples,
      java.util.function.ToLongFunction<Sample> figure,
      long unit) {
    Duration middle = samples.get(samples.size() - 1).elapsed().dividedBy(2);
    List<Sample> after = samples.stream().filter(s -> s.elapsed().compareTo(middle) >= 0).toList();
    double growth = growthOverSecondHalf(samples, figure);
    md.append(
        String.format(
            Locale.ROOT,
            "| %s | %.1f | %.1f | %.1f | %.1f | %+.1f%% | %s |%n",
            name,
            figure.applyAsLong(samples.get(0)) / (double) unit,
            figure.applyAsLong(after.get(0)) / (double) unit,
            after.stream().mapToLong(figure).max().orElse(0) / (double) unit,
            figure.applyAsLong(samples.get(samples.size() - 1)) / (double) unit,
            growth * 100,
            growth <= FLAT ? "yes" : "**no**"));
  }
}
