package dev.orgd.bench;

import dev.orgd.bench.target.JavaLauncher;
import dev.orgd.bench.target.OrgdStorage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One benchmark run's settings: a mode's defaults ({@code --smoke} or {@code --full}), then the
 * command line's overrides.
 *
 * @param root the repository root, that default paths are relative to
 * @param mode smoke (CI, under a minute) or full (the published numbers, under 20 minutes)
 * @param outDir where benchmarks.md and benchmarks.png go
 * @param logDir where the servers' output goes
 * @param connections the connection counts, in the order they run
 * @param firstWarmup the warm-up before a scenario's first connection count
 * @param warmup the warm-up before each later connection count
 * @param measure the measured window of each run
 * @param requestTimeout how long an unanswered request may outlive the window
 * @param clientThreads the load generator's event loop threads
 * @param budget the whole run's time limit; runs that would pass it are skipped
 * @param quietWait how long, in all, runs may wait for other work on the machine to stop
 * @param sections which parts run
 * @param orgdJar orgd's runnable jar
 * @param java how the JVM servers (orgd, ceiling) are launched
 * @param orgdArgs extra arguments for every orgd
 * @param storages the orgd backends to measure
 * @param jdbcUrl an existing PostgreSQL database to use instead of a throwaway cluster, or null
 * @param pgBin PostgreSQL's bin directory, or null to look for it
 * @param motoCommand the moto_server command
 * @param scalingSizes stored handshakes for the scaling runs
 * @param scalingConnections connections for the scaling runs
 * @param startupRepeats fresh starts per server for the median start-up (0: none)
 * @param strict whether a missing server or tool fails the run (the default when CI=true)
 * @param commandLine the command as the report shows it
 */
public record BenchConfig(
    Path root,
    Mode mode,
    Path outDir,
    Path logDir,
    List<Integer> connections,
    Duration firstWarmup,
    Duration warmup,
    Duration measure,
    Duration requestTimeout,
    int clientThreads,
    Duration budget,
    Duration quietWait,
    Set<Section> sections,
    Path orgdJar,
    JavaLauncher java,
    List<String> orgdArgs,
    List<OrgdStorage> storages,
    String jdbcUrl,
    String pgBin,
    String motoCommand,
    List<Long> scalingSizes,
    int scalingConnections,
    int startupRepeats,
    boolean strict,
    String commandLine) {

  /** The two ways to run. */
  public enum Mode {
    SMOKE,
    FULL
  }

  /** The parts of a run. */
  public enum Section {
    CEILING,
    ORGD,
    MOTO,
    STARTUP,
    SCALING
  }

  static final String USAGE =
      """
      usage: java -jar bench/target/orgd-bench.jar (--smoke | --full) [options]
             java -jar bench/target/orgd-bench.jar --soak [--minutes N] [--storage S] ...

        --smoke                 short run for CI (< 1 min); writes to bench/target/smoke/
        --full                  the published run (< 20 min); writes docs/benchmarks.{md,png}
        --out DIR               where to write benchmarks.md and benchmarks.png
        --only LIST             sections to run: ceiling,orgd,moto,startup,scaling (default: all)
        --connections LIST      connection counts (full: 1,8,64; smoke: 1,64)
        --warmup D              warm-up per run, e.g. 2s or 500ms (first count: --first-warmup)
        --first-warmup D        warm-up before a scenario's first connection count
        --measure D             measured window per run
        --budget D              time limit of the whole run, e.g. 19m
        --quiet-wait D          total time runs may wait for a busy machine to quieten
                                (full: 3m, smoke: 5s; 0s: never wait)
        --client-threads N      load generator event loop threads (default 1)
        --orgd-jar PATH         orgd's jar (default dist/target/orgd.jar)
        --java PATH             java for orgd and the ceiling server (default: this one)
        --jvm-opt OPT           a JVM option for orgd and the ceiling server (repeatable;
                                replaces the options file)
        --jvm-options FILE      orgd's launcher options, read as ./orgd reads them
                                (default dist/jvm.options)
        --orgd-arg ARG          an extra orgd argument (repeatable)
        --storages LIST         orgd backends: memory,sqlite,postgres
        --jdbc-url URL          use this PostgreSQL database instead of a throwaway cluster
        --pg-bin DIR            PostgreSQL's bin directory (default: found from pg_ctl)
        --moto-cmd CMD          moto_server command (default moto_server)
        --scaling-sizes LIST    stored handshakes for the scaling runs
        --scaling-connections N connections for the scaling runs
        --startup-repeats N     fresh starts per server for the median start-up
                                (full: 5, smoke: 1)
        --strict / --no-strict  fail when a server or tool is missing (default: CI=true)
      """;

  /** The settings for {@code args}, relative to the repository root {@code root}. */
  public static BenchConfig parse(String[] args, Path root, String commandLine) {
    Builder b = new Builder(root, commandLine);
    List<String> rest = new ArrayList<>(Arrays.asList(args));
    if (rest.contains("--smoke") == rest.contains("--full")) {
      throw new IllegalArgumentException("give exactly one of --smoke and --full");
    }
    b.defaults(rest.contains("--smoke") ? Mode.SMOKE : Mode.FULL);
    for (int i = 0; i < rest.size(); i++) {
      String arg = rest.get(i);
      if (arg.equals("--smoke") || arg.equals("--full")) {
        continue;
      }
      if (arg.equals("--strict") || arg.equals("--no-strict")) {
        b.strict = arg.equals("--strict");
        continue;
      }
      if (i + 1 >= rest.size()) {
        throw new IllegalArgumentException(arg + " needs a value");
      }
      b.set(arg, rest.get(++i));
    }
    return b.build();
  }

  /** Parses {@code 500ms}, {@code 2s}, {@code 19m}. */
  static Duration duration(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.endsWith("ms")) {
      return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
    }
    long n = Long.parseLong(t.substring(0, t.length() - 1));
    return switch (t.charAt(t.length() - 1)) {
      case 's' -> Duration.ofSeconds(n);
      case 'm' -> Duration.ofMinutes(n);
      default -> throw new IllegalArgumentException("not a duration: " + text);
    };
  }

  private static List<String> list(String text) {
    return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** Collects the settings while the arguments are read. */
  private static final class Builder {
    final Path root;
    final String commandLine;
    Mode mode;
    Path outDir;
    List<Integer> connections;
    Duration firstWarmup;
    Duration warmup;
    Duration measure;
    Duration requestTimeout = Duration.ofSeconds(10);
    int clientThreads = 1;
    Duration budget;
    Duration quietWait;
    Set<Section> sections = EnumSet.allOf(Section.class);
    Path orgdJar;
    String java = JavaLauncher.currentJava();
    final List<String> jvmOptions = new ArrayList<>();
    Path jvmOptionsFile;
    final List<String> orgdArgs = new ArrayList<>();
    List<OrgdStorage> storages;
    String jdbcUrl;
    String pgBin;
    String motoCommand = "moto_server";
    List<Long> scalingSizes;
    int scalingConnections = 1;
    int startupRepeats;
    boolean strict = "true".equalsIgnoreCase(System.getenv("CI"));

    Builder(Path root, String commandLine) {
      this.root = root;
      this.commandLine = commandLine;
      this.orgdJar = root.resolve("dist/target/orgd.jar");
      this.jvmOptionsFile = root.resolve(JavaLauncher.LAUNCHER_OPTIONS);
    }

    void defaults(Mode mode) {
      this.mode = mode;
      if (mode == Mode.FULL) {
        outDir = root.resolve("docs");
        connections = List.of(1, 8, 64);
        firstWarmup = Duration.ofSeconds(4);
        warmup = Duration.ofSeconds(2);
        measure = Duration.ofSeconds(6);
        budget = Duration.ofMinutes(19);
        quietWait = Duration.ofMinutes(3);
        storages = List.of(OrgdStorage.MEMORY, OrgdStorage.SQLITE, OrgdStorage.POSTGRES);
        scalingSizes = List.of(1_000L, 10_000L, 100_000L, 1_000_000L);
        startupRepeats = 5;
      } else {
        outDir = root.resolve("bench/target/smoke");
        connections = List.of(1, 64);
        firstWarmup = Duration.ofMillis(500);
        warmup = Duration.ofMillis(300);
        measure = Duration.ofSeconds(1);
        budget = Duration.ofSeconds(55);
        quietWait = Duration.ofSeconds(5);
        storages = List.of(OrgdStorage.MEMORY);
        scalingSizes = List.of(1_000L);
        startupRepeats = 1;
      }
    }

    void set(String flag, String value) {
      switch (flag) {
        case "--out" -> outDir = Path.of(value);
        case "--only" ->
            sections =
                EnumSet.copyOf(
                    list(value).stream()
                        .map(s -> Section.valueOf(s.toUpperCase(Locale.ROOT)))
                        .toList());
        case "--connections" -> connections = list(value).stream().map(Integer::valueOf).toList();
        case "--warmup" -> warmup = duration(value);
        case "--first-warmup" -> firstWarmup = duration(value);
        case "--measure" -> measure = duration(value);
        case "--budget" -> budget = duration(value);
        case "--quiet-wait" -> quietWait = duration(value);
        case "--client-threads" -> clientThreads = Integer.parseInt(value);
        case "--orgd-jar" -> orgdJar = Path.of(value);
        case "--java" -> java = value;
        case "--jvm-opt" -> jvmOptions.add(value);
        case "--jvm-options" -> jvmOptionsFile = Path.of(value);
        case "--orgd-arg" -> orgdArgs.add(value);
        case "--storages" -> storages = list(value).stream().map(OrgdStorage::fromFlag).toList();
        case "--jdbc-url" -> jdbcUrl = value;
        case "--pg-bin" -> pgBin = value;
        case "--moto-cmd" -> motoCommand = value;
        case "--scaling-sizes" -> scalingSizes = list(value).stream().map(Long::valueOf).toList();
        case "--scaling-connections" -> scalingConnections = Integer.parseInt(value);
        case "--startup-repeats" -> startupRepeats = Integer.parseInt(value);
        default -> throw new IllegalArgumentException("unknown option: " + flag);
      }
    }

    /**
     * orgd runs through its own launcher (./orgd: the options file and the class-data archive)
     * unless the run asks for another jar, java or options than the launcher's.
     */
    boolean usesLauncher() {
      return orgdJar.equals(root.resolve("dist/target/orgd.jar"))
          && java.equals(JavaLauncher.currentJava())
          && jvmOptions.isEmpty()
          && jvmOptionsFile.equals(root.resolve(JavaLauncher.LAUNCHER_OPTIONS))
          && Files.isExecutable(root.resolve("orgd"));
    }

    BenchConfig build() {
      return new BenchConfig(
          root,
          mode,
          outDir,
          root.resolve("bench/target/bench-logs"),
          connections,
          firstWarmup,
          warmup,
          measure,
          requestTimeout,
          clientThreads,
          budget,
          quietWait,
          sections,
          orgdJar,
          new JavaLauncher(
              java,
              jvmOptions.isEmpty() ? JavaLauncher.readOptions(jvmOptionsFile) : jvmOptions,
              usesLauncher() ? root.resolve("orgd") : null),
          List.copyOf(orgdArgs),
          storages,
          jdbcUrl,
          pgBin,
          motoCommand,
          scalingSizes,
          scalingConnections,
          startupRepeats,
          strict,
          commandLine);
    }
  }

  /** {@code path} as the report shows it: relative to the repository root when under it. */
  public String display(Path path) {
    Path absolute = path.toAbsolutePath();
    return absolute.startsWith(root.toAbsolutePath())
        ? root.toAbsolutePath().relativize(absolute).toString()
        : absolute.toString();
  }

  /** Whether {@code section} runs. */
  public boolean runs(Section section) {
    return sections.contains(section);
  }

  /** The repository root: the nearest directory at or above {@code start} with bench/pom.xml. */
  public static Path findRoot(Path start) {
    for (Path p = start.toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("bench/pom.xml"))) {
        return p;
      }
    }
    return start.toAbsolutePath();
  }

  /** One sentence on what each run does, for the report. */
  public String planSentence() {
    return String.format(
        Locale.ROOT,
        "Mode %s: %s connections; each run %s warm-up (%s before a scenario's first connection"
            + " count), then %s measured; closed loop; %d load generator thread(s) on %s.",
        mode.name().toLowerCase(Locale.ROOT),
        String.join(", ", connections.stream().map(String::valueOf).toList()),
        human(warmup),
        human(firstWarmup),
        human(measure),
        clientThreads,
        NettyTransport.name());
  }

  private static String human(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }
}
