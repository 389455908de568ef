package dev.orgd.bench.report;

import dev.orgd.bench.load.LoadResult;
import dev.orgd.bench.target.Startup;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything one benchmark run found, in the order it was found, for the report writers. */
public final class Report {

  private final String command;
  private final String plan;
  private final Instant started;
  private final Map<String, String> versions = new LinkedHashMap<>();
  private final List<LoadResult> throughput = new ArrayList<>();
  private final List<ScalingResult> scaling = new ArrayList<>();
  private final List<Startup> startups = new ArrayList<>();
  private final Map<String, List<Startup>> startSamples = new LinkedHashMap<>();
  private final List<String> notes = new ArrayList<>();
  private final List<String> missing = new ArrayList<>();
  private final List<String> failures = new ArrayList<>();
  private final MachineInfo machine;
  private Duration elapsed = Duration.ZERO;

  /**
   * @param command the command line that ran the benchmark, as a reader would retype it
   * @param plan one sentence on connections and durations
   */
  public Report(String command, String plan, Instant started, MachineInfo machine) {
    this.command = command;
    this.plan = plan;
    this.started = started;
    this.machine = machine;
  }

  public void version(String what, String version) {
    versions.put(what, version);
  }

  public synchronized void add(LoadResult result) {
    throughput.add(result);
  }

  public synchronized void add(ScalingResult result) {
    scaling.add(result);
  }

  public synchronized void add(Startup startup) {
    startups.add(startup);
  }

  /** One more fresh start of a server, for the median start-up. */
  public synchronized void addStartSample(Startup start) {
    startSamples.computeIfAbsent(start.target(), k -> new ArrayList<>()).add(start);
  }

  /** The repeated fresh starts, by server. */
  public Map<String, List<Startup>> startSamples() {
    return startSamples;
  }

  /** The median start-up of {@code target}'s repeated starts, or its one measured start. */
  public java.util.OptionalDouble medianStartupMillis(String target) {
    List<Startup> samples = startSamples.getOrDefault(target, List.of());
    if (samples.isEmpty()) {
      return startups.stream()
          .filter(s -> s.target().equals(target))
          .mapToDouble(Startup::startupMillis)
          .findFirst();
    }
    double[] sorted = samples.stream().mapToDouble(Startup::startupMillis).sorted().toArray();
    int n = sorted.length;
    return java.util.OptionalDouble.of(
        n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2);
  }

  /** Something a reader must know: a skipped part, a failure, a missing tool. */
  public synchronized void note(String note) {
    notes.add(note);
  }

  /** A server or tool that is not there, so its part was skipped (a failure when strict). */
  public synchronized void missing(String note) {
    notes.add(note);
    missing.add(note);
  }

  /** A part that broke off with an exception. */
  public synchronized void failed(String note) {
    notes.add(note);
    failures.add(note);
  }

  public List<String> missing() {
    return missing;
  }

  public List<String> failures() {
    return failures;
  }

  public void finish(Duration elapsed) {
    this.elapsed = elapsed;
  }

  public String command() {
    return command;
  }

  public String plan() {
    return plan;
  }

  public Instant started() {
    return started;
  }

  public Duration elapsed() {
    return elapsed;
  }

  public MachineInfo machine() {
    return machine;
  }

  public Map<String, String> versions() {
    return versions;
  }

  public List<LoadResult> throughput() {
    return throughput;
  }

  public List<ScalingResult> scaling() {
    return scaling;
  }

  public List<Startup> startups() {
    return startups;
  }

  /**
   * A row per started server: its first start, or, for a server that only had fresh starts (a run
   * with {@code --only startup}), a row without a first start or memory figures.
   */
  public synchronized List<Startup> startupRows() {
    List<Startup> rows = new ArrayList<>(startups);
    for (String target : startSamples.keySet()) {
      if (rows.stream().noneMatch(s -> s.target().equals(target))) {
        rows.add(new Startup(target, Double.NaN, -1, -1, -1));
      }
    }
    return rows;
  }

  public List<String> notes() {
    return notes;
  }

  /** Runs that got no accepted answer or had errors: a smoke run fails on any. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    List<LoadResult> all = new ArrayList<>(throughput);
    scaling.forEach(s -> all.add(s.load()));
    for (LoadResult r : all) {
      if (r.requests() == 0 || r.errors() > 0) {
        problems.add(
            r.target()
                + " "
                + r.scenario()
                + " @"
                + r.connections()
                + ": "
                + r.requests()
                + " ok, "
                + r.errors()
                + " errors; first: "
                + r.firstError());
      }
    }
    return problems;
  }
}
