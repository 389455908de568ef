package dev.orgd.bench.report;

import dev.orgd.bench.load.LoadResult;
import dev.orgd.bench.target.Startup;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** Writes a {@link Report} as the Markdown page docs/benchmarks.md. */
public final class MarkdownReport {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private MarkdownReport() {}

  /** The page, with {@code chartFile} (a sibling file name) as its chart. */
  public static String render(Report report, String chartFile) {
    StringBuilder md = new StringBuilder();
    md.append("# Benchmarks\n\n");
    md.append("Measured on ")
        .append(DATE.format(report.started()))
        .append(" in ")
        .append(duration(report.elapsed().toSeconds()))
        .append(" by:\n\n```\n")
        .append(report.command())
        .append("\n```\n\n")
        .append(report.plan())
        .append("\n\n");
    environment(md, report);
    md.append("![Requests per second at the highest connection count](")
        .append(chartFile)
        .append(")\n\n");
    Targets.render(md, report);
    throughput(md, report.throughput());
    scaling(md, report.scaling());
    startups(md, report);
    console(md);
    caveats(md);
    notes(md, report.notes());
    raw(md, report);
    return md.toString();
  }

  private static void environment(StringBuilder md, Report report) {
    md.append("## Machine and versions\n\n| | |\n|---|---|\n");
    row(md, "Machine", report.machine().summary());
    row(md, "OS", report.machine().os() + " (" + report.machine().kernel() + ")");
    report.versions().forEach((k, v) -> row(md, k, v));
    md.append('\n');
  }

  private static void throughput(StringBuilder md, List<LoadResult> results) {
    md.append("## Throughput and latency\n\n");
    if (results.isEmpty()) {
      md.append("No throughput runs completed.\n\n");
      return;
    }
    TreeSet<Integer> levels = new TreeSet<>();
    Map<String, Map<Integer, LoadResult>> rows = new LinkedHashMap<>();
    for (LoadResult r : results) {
      levels.add(r.connections());
      rows.computeIfAbsent(r.target() + "\u0000" + r.scenario(), k -> new LinkedHashMap<>())
          .put(r.connections(), r);
    }
    md.append("| Server | Operation |");
    levels.forEach(c -> md.append(" ").append(c).append(" conn req/s | p50 / p99 ms |"));
    md.append("\n|---|---|");
    levels.forEach(c -> md.append("---:|---:|"));
    md.append('\n');
    rows.forEach(
        (key, byLevel) -> {
          String[] parts = key.split("\u0000");
          md.append("| ").append(parts[0]).append(" | ").append(parts[1]).append(" |");
          for (int c : levels) {
            LoadResult r = byLevel.get(c);
            if (r == null) {
              md.append(" – | – |");
            } else {
              md.append(' ')
                  .append(rate(r))
                  .append(" | ")
                  .append(ms(r.p50Millis()))
                  .append(" / ")
                  .append(ms(r.p99Millis()))
                  .append(" |");
            }
          }
          md.append('\n');
        });
    md.append('\n');
  }

  private static void scaling(StringBuilder md, List<ScalingResult> results) {
    md.append(
        "## Scaling: full list pages by what is stored (handshakes: MaxResults 20; accounts:"
            + " MaxResults 10)\n\n");
    if (results.isEmpty()) {
      md.append("Not measured in this run: see the notes.\n\n");
      return;
    }
    md.append("| Backend | Operation | Stored | Seeding s | Conns | req/s | p50 ms | p99 ms |\n");
    md.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
    for (ScalingResult s : results) {
      LoadResult r = s.load();
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %,d %s | %.1f | %d | %s | %s | %s |%n",
              s.backend(),
              r.scenario(),
              s.stored(),
              s.storedWhat(),
              s.seedSeconds(),
              r.connections(),
              rate(r),
              ms(r.p50Millis()),
              ms(r.p99Millis())));
    }
    md.append('\n');
  }

  private static void startups(StringBuilder md, Report report) {
    List<Startup> startups = report.startupRows();
    md.append("## Start-up and memory\n\n");
    if (startups.isEmpty()) {
      md.append("No server started.\n\n");
      return;
    }
    md.append(
        "Start-up is from launching the process to the first successful DescribeOrganization"
            + " (after CreateOrganization); RSS is VmRSS from /proc, idle once that answered,"
            + " and again after all of that server's load runs; peak is VmHWM. *Fresh starts* are"
            + " further launches of the same server, each on fresh storage, that only start and"
            + " answer: their median is the start-up the targets compare.\n\n");
    md.append(
        "| Server | Start-up ms | Fresh starts: median ms (min–max, n) | RSS idle MiB"
            + " | RSS after load MiB | Peak RSS MiB |\n");
    md.append("|---|---:|---:|---:|---:|---:|\n");
    for (Startup s : startups) {
      List<Startup> samples = report.startSamples().getOrDefault(s.target(), List.of());
      String fresh = "–";
      if (!samples.isEmpty()) {
        double min = samples.stream().mapToDouble(Startup::startupMillis).min().orElse(0);
        double max = samples.stream().mapToDouble(Startup::startupMillis).max().orElse(0);
        fresh =
            String.format(
                Locale.ROOT,
                "%.0f (%.0f–%.0f, %d)",
                report.medianStartupMillis(s.target()).orElse(0),
                min,
                max,
                samples.size());
      }
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %s | %s | %s | %s |%n",
              s.target(),
              Double.isNaN(s.startupMillis())
                  ? "–"
                  : String.format(Locale.ROOT, "%.0f", s.startupMillis()),
              fresh,
              mib(s.rssIdleKiB()),
              mib(s.rssAfterLoadKiB()),
              mib(s.peakRssKiB())));
    }
    md.append('\n');
  }

  /** The console's speed is the browser test's to measure; this run only says where it is. */
  private static void console(StringBuilder md) {
    md.append("## The console\n\n");
    md.append(
        "The web console's organization page (1,000 accounts, 10,000 handshakes: first"
            + " contentful paint, the tree's first page and the first page of handshakes) is"
            + " measured in headless Chromium by the browser test, `ConsoleIT`, at every `mvn -B"
            + " verify`, which prints the median of three loads (the goal: under a second) without"
            + " failing on it. This harness does not run it; the last recorded numbers are in"
            + " [console.md](console.md#speed).\n\n");
  }

  private static void caveats(StringBuilder md) {
    md.append("## How to read this\n\n");
    md.append(
        "- The load generator and the server under test share the machine's cores. On a 2-core"
            + " machine the generator's own CPU (see *gen CPU* below) comes out of what the server"
            + " could have used, so every number here is lower than on a machine with a separate"
            + " client. Compare rows with each other, not with other machines. If the machine is"
            + " shared, other work takes CPU as well: *other CPU* in the last table shows how"
            + " much, per run.\n");
    md.append(
        "- Closed loop: each connection sends its next request as soon as the previous answer"
            + " arrives; latency is per request, from the write to the end of the answer.\n");
    md.append(
        "- The ceiling is orgd's own HTTP engine (NettyHttpTransport, with its pipeline,"
            + " threads and request and response handling) with a handler that answers every"
            + " request with a fixed 200 instead of orgd's protocol and domain: no orgd request can"
            + " be served faster here. Its list-page row answers with a fixed 13 KB body shaped"
            + " like orgd's 20-handshake page, to tell the cost of a page's bytes from orgd's cost"
            + " of making them.\n");
    md.append(
        "- Invite+AcceptHandshake: each iteration is two requests (the management account"
            + " invites a fresh account, that account accepts); req/s and latency count each"
            + " request.\n");
    md.append(
        "- A server that closes the connection after each answer (moto's Werkzeug server answers"
            + " `Connection: close`) makes the client open a new connection for every request, as"
            + " an SDK would; that time counts in the request's latency (see *New conns*).\n");
    md.append(
        "- moto CreateAccount runs last on moto, since every call grows the account list that"
            + " ListAccounts returns. moto's CreateAccount gets slower as accounts pile up, so each"
            + " CreateAccount run is slowed by the accounts the runs before it made.\n\n");
  }

  private static void notes(StringBuilder md, List<String> notes) {
    if (notes.isEmpty()) {
      return;
    }
    md.append("## Notes\n\n");
    notes.forEach(n -> md.append("- ").append(n).append('\n'));
    md.append('\n');
  }

  private static void raw(StringBuilder md, Report report) {
    List<LoadResult> all = new ArrayList<>(report.throughput());
    report.scaling().forEach(s -> all.add(s.load()));
    if (all.isEmpty()) {
      return;
    }
    md.append("## All runs\n\n");
    md.append(
        "*gen CPU* and *server CPU* are the CPU time the load generator and the server used"
            + " during the measured window, in % of one core; *other CPU* is the rest of the"
            + " machine's busy time in that window (other processes, interrupts, kernel work not"
            + " billed to a process). A high *other CPU* means something else was running.\n\n");
    md.append(
        "| Server | Operation | Conns | OK | Errors | New conns | req/s | p50 ms | p90 ms | p99 ms"
            + " | max ms | gen CPU % | server CPU % | other CPU % |\n");
    md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    List<String> errors = new ArrayList<>();
    for (LoadResult r : all) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %d | %d | %d | %d | %s | %s | %s | %s | %s | %.0f | %s | %s |%n",
              r.target(),
              r.scenario(),
              r.connections(),
              r.requests(),
              r.errors(),
              r.reconnects(),
              rate(r),
              ms(r.p50Millis()),
              ms(
                  r.latencyMicros().getTotalCount() == 0
                      ? Double.NaN
                      : r.latencyMicros().getValueAtPercentile(90) / 1000.0),
              ms(r.p99Millis()),
              ms(r.maxMillis()),
              r.clientCpuPercent(),
              percent(r.serverCpuPercent()),
              percent(r.otherCpuPercent())));
      if (r.firstError() != null) {
        errors.add(
            r.target()
                + " "
                + r.scenario()
                + " @"
                + r.connections()
                + ": `"
                + r.firstError().replace("`", "'")
                + "`");
      }
    }
    md.append('\n');
    if (!errors.isEmpty()) {
      md.append("First error of each run that had one:\n\n");
      errors.forEach(e -> md.append("- ").append(e).append('\n'));
      md.append('\n');
    }
  }

  private static void row(StringBuilder md, String key, String value) {
    md.append("| ").append(key).append(" | ").append(value).append(" |\n");
  }

  /** Requests per second, without false precision. */
  static String rate(LoadResult r) {
    double rate = r.requestsPerSecond();
    String text =
        rate >= 100
            ? String.format(Locale.ROOT, "%,.0f", rate)
            : String.format(Locale.ROOT, "%.1f", rate);
    return r.errors() > 0 ? text + " (" + r.errors() + " err)" : text;
  }

  /** Milliseconds to three significant digits. */
  static String ms(double millis) {
    if (Double.isNaN(millis)) {
      return "–";
    }
    if (millis >= 100) {
      return String.format(Locale.ROOT, "%.0f", millis);
    }
    if (millis >= 10) {
      return String.format(Locale.ROOT, "%.1f", millis);
    }
    if (millis >= 1) {
      return String.format(Locale.ROOT, "%.2f", millis);
    }
    return String.format(Locale.ROOT, "%.3f", millis);
  }

  private static String percent(double p) {
    return Double.isNaN(p) ? "–" : String.format(Locale.ROOT, "%.0f", p);
  }

  private static String mib(long kib) {
    return kib < 0 ? "–" : String.format(Locale.ROOT, "%.0f", kib / 1024.0);
  }

  private static String duration(long seconds) {
    return seconds >= 60 ? (seconds / 60) + " min " + (seconds % 60) + " s" : seconds + " s";
  }
}
