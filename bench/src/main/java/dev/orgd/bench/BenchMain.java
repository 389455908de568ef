package dev.orgd.bench;

import dev.orgd.bench.BenchConfig.Section;
import dev.orgd.bench.load.LoadGenerator;
import dev.orgd.bench.load.LoadResult;
import dev.orgd.bench.report.BarChart;
import dev.orgd.bench.report.MachineInfo;
import dev.orgd.bench.report.MarkdownReport;
import dev.orgd.bench.report.Report;
import dev.orgd.bench.target.MotoLauncher;
import dev.orgd.bench.target.OrgdStorage;
import dev.orgd.bench.target.PostgresCluster;
import dev.orgd.bench.target.Seeders;
import io.netty.util.Version;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Runs the benchmarks and writes the report: {@code --full} writes docs/benchmarks.md and
 * docs/benchmarks.png in under 20 minutes; {@code --smoke} checks in under a minute that every part
 * still works and writes to bench/target/smoke/. Exits non-zero when a part failed, when a smoke
 * run saw errors, or (strict, the default under CI=true) when a server or tool is missing. {@code
 * --soak} runs the long soak instead (see {@link Soak}).
 */
public final class BenchMain {

  static final String REPORT = "benchmarks.md";
  static final String CHART = "benchmarks.png";

  private final BenchConfig config;

  BenchMain(BenchConfig config) {
    this.config = config;
  }

  public static void main(String[] args) throws Exception {
    if (args.length == 0 || List.of(args).contains("--help")) {
      System.out.print(BenchConfig.USAGE);
      System.exit(args.length == 0 ? 2 : 0);
    }
    Path root = BenchConfig.findRoot(Path.of(""));
    if (args[0].equals("--soak")) {
      System.exit(Soak.main(args, root));
    }
    BenchConfig config;
    try {
      config = BenchConfig.parse(args, root, commandLine(root, args));
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.print(BenchConfig.USAGE);
      System.exit(2);
      return;
    }
    System.exit(new BenchMain(config).run());
  }

  /** Runs what the settings say, writes the report and returns the exit code. */
  int run() throws IOException, InterruptedException {
    Report report =
        new Report(
            config.commandLine(), config.planSentence(), Instant.now(), MachineInfo.current());
    Optional<MotoLauncher> moto = MotoLauncher.find(config.motoCommand());
    versions(report, moto);
    try (LoadGenerator generator = new LoadGenerator(config.clientThreads());
        Storages storages = new Storages(config)) {
      Bench bench = new Bench(config, report, generator);
      bench.log(config.planSentence());
      GeneratorWarmup.run(generator, config.firstWarmup());
      bench.log("load generator warmed up");
      sections(bench, storages, moto);
      report.finish(bench.elapsed());
    }
    write(report);
    return exitCode(report);
  }

  private void sections(Bench bench, Storages storages, Optional<MotoLauncher> moto)
      throws InterruptedException {
    if (config.runs(Section.CEILING)) {
      guarded(bench, "ceiling", () -> CeilingSection.run(bench));
    }
    boolean orgd =
        (config.runs(Section.ORGD) || config.runs(Section.SCALING)) && OrgdSection.available(bench);
    for (OrgdStorage storage :
        orgd && config.runs(Section.ORGD) ? config.storages() : List.<OrgdStorage>of()) {
      if (usable(bench, storages, storage)) {
        guarded(bench, OrgdSection.name(storage), () -> OrgdSection.run(bench, storages, storage));
      }
    }
    if (orgd && config.runs(Section.ORGD) && config.storages().contains(OrgdStorage.MEMORY)) {
      guarded(bench, "policies", () -> PolicySection.run(bench, storages));
    }
    if (config.runs(Section.MOTO)) {
      guarded(bench, "moto", () -> MotoSection.run(bench, moto));
    }
    if (config.runs(Section.STARTUP)) {
      guarded(bench, "start-ups", () -> StartupSection.run(bench, storages, moto));
    }
    for (OrgdStorage storage :
        orgd && config.runs(Section.SCALING) ? config.storages() : List.<OrgdStorage>of()) {
      if (usable(bench, storages, storage)) {
        guarded(
            bench,
            "scaling on " + storage.flag(),
            () -> ScalingSection.run(bench, storages, storage, Seeders.forThisBuild()));
      }
    }
  }

  private static boolean usable(Bench bench, Storages storages, OrgdStorage storage) {
    Optional<String> why = storages.unavailable(storage);
    why.ifPresent(w -> bench.report.missing("orgd-" + storage.flag() + " skipped: " + w + "."));
    return why.isEmpty();
  }

  /** A part of the run; if it breaks off, that is noted and the next part runs. */
  @FunctionalInterface
  private interface Part {
    void run() throws Exception;
  }

  private static void guarded(Bench bench, String what, Part part) throws InterruptedException {
    try {
      part.run();
    } catch (InterruptedException e) {
      throw e;
    } catch (Exception | AssertionError e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      bench.report.failed(what + " failed: " + message.replace('\n', ' '));
      bench.log(what + " FAILED: " + message);
    }
  }

  private void versions(Report report, Optional<MotoLauncher> moto) {
    report.version(
        "Java (load generator)", System.getProperty("java.vm.name") + " " + Runtime.version());
    report.version(
        "Java (orgd, ceiling)",
        config.java().version()
            + "; JVM options: "
            + (config.java().jvmOptions().isEmpty()
                ? "none"
                : "`" + String.join(" ", config.java().jvmOptions()) + "`")
            + (config.java().orgdLauncher() != null
                ? " (`dist/jvm.options`); orgd started by `./orgd`, which adds its class-data"
                    + " archive (`-XX:SharedArchiveFile=dist/target/orgd.jsa`)"
                : ""));
    Version netty = Version.identify().get("netty-common");
    report.version(
        "Netty",
        (netty == null ? "unknown" : netty.artifactVersion()) + ", " + NettyTransport.name());
    report.version(
        "orgd",
        Files.isRegularFile(config.orgdJar())
            ? config.java().orgdVersion(config.orgdJar())
                + " (`"
                + config.display(config.orgdJar())
                + "`"
                + (config.orgdArgs().isEmpty() ? "" : ", arguments " + config.orgdArgs())
                + ")"
            : "not found at `" + config.display(config.orgdJar()) + "`");
    report.version("moto", moto.map(MotoLauncher::version).orElse("not found"));
    report.version("Load average at the start (1, 5, 15 min)", loadAverage());
    report.version(
        "PostgreSQL",
        config.jdbcUrl() != null
            ? "given: `" + config.jdbcUrl() + "`"
            : PostgresCluster.findBin(config.pgBin())
                .map(b -> PostgresCluster.version(b) + ", throwaway cluster, default settings")
                .orElse("not found"));
  }

  /** The machine's load average from /proc/loadavg: other work running during the benchmark. */
  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return f[0] + ", " + f[1] + ", " + f[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private void write(Report report) throws IOException {
    Files.createDirectories(config.outDir());
    Path md = config.outDir().resolve(REPORT);
    Files.writeString(md, MarkdownReport.render(report, CHART));
    int top = report.throughput().stream().mapToInt(LoadResult::connections).max().orElse(0);
    List<LoadResult> atTop =
        report.throughput().stream().filter(r -> r.connections() == top).toList();
    BarChart.write(
        atTop,
        "Requests per second at " + top + " connections",
        report.machine().summary() + "; load generator on the same machine",
        config.outDir().resolve(CHART));
    System.out.println("wrote " + md + " and " + config.outDir().resolve(CHART));
  }

  private int exitCode(Report report) {
    int code = 0;
    for (String f : report.failures()) {
      System.err.println("FAILED: " + f);
      code = 1;
    }
    if (config.strict()) {
      for (String m : report.missing()) {
        System.err.println("MISSING (strict): " + m);
        code = 1;
      }
    }
    if (config.mode() == BenchConfig.Mode.SMOKE) {
      for (String p : report.problems()) {
        System.err.println("ERRORS: " + p);
        code = 1;
      }
    }
    return code;
  }

  private static String commandLine(Path root, String[] args) {
    String fromScript = System.getProperty("orgd.bench.command");
    if (fromScript != null) {
      return fromScript;
    }
    String jar = System.getProperty("java.class.path");
    if (jar.endsWith(".jar")) {
      Path path = Path.of(jar).toAbsolutePath();
      jar = path.startsWith(root) ? root.relativize(path).toString() : path.toString();
    }
    return "java -jar " + jar + " " + String.join(" ", args);
  }
}
