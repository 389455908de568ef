package dev.orgd.bench.report;

import dev.orgd.bench.load.LoadResult;
import dev.orgd.bench.target.Startup;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The targets, as ratios of rows of the same run: reads on the memory store against the
 * ceiling and against moto, list pages at 10^6 against 10^3 stored handshakes and at 10,000 against
 * 10 accounts (ListAccounts, ListCreateAccountStatus, ListAccountsForParent, ListChildren), the
 * SQLite write path against moto's CreateAccount, and start-up and idle memory against moto.
 */
final class Targets {

  private static final String CEILING = "ceiling";
  private static final String CEILING_SMALL = "fixed 200 (ceiling)";
  private static final String MEMORY = "orgd-memory";
  private static final String MOTO = "moto";
  private static final String POLICIES = "orgd-memory policies";
  private static final String ENFORCING = "orgd-memory --enforce-scps";
  private static final List<String> READS =
      List.of(
          "DescribeOrganization",
          "DescribeHandshake",
          "ListHandshakesForOrganization",
          "DescribeOrganizationalUnit");
  private static final double IDLE_MIB_LIMIT = 128;

  private final Report report;
  private final StringBuilder md;

  private Targets(Report report, StringBuilder md) {
    this.report = report;
    this.md = md;
  }

  static void render(StringBuilder md, Report report) {
    md.append("## Targets\n\n")
        .append("Each ratio compares two rows of this run.\n\n")
        .append("| Target | Measured | |\n|---|---|---|\n");
    Targets t = new Targets(report, md);
    t.reads();
    t.policies();
    t.scaling();
    t.writePath();
    t.startup();
    md.append('\n');
  }

  private void reads() {
    int top = topLevel();
    Optional<LoadResult> ceiling = find(CEILING, CEILING_SMALL, top);
    Optional<LoadResult> moto = find(MOTO, "DescribeOrganization", top);
    for (String read : READS) {
      Optional<LoadResult> orgd = find(MEMORY, read, top);
      if (orgd.isEmpty()) {
        continue;
      }
      againstCeiling(read, orgd.get(), ceiling, top);
      moto.ifPresent(
          m -> {
            double ratio = orgd.get().requestsPerSecond() / m.requestsPerSecond();
            row(
                read + " on memory ≥ 100× moto's DescribeOrganization at " + top + " connections",
                String.format(
                    Locale.ROOT, "%.0f× (%s against %s req/s)", ratio, rate(orgd.get()), rate(m)),
                ratio >= 100);
          });
    }
  }

  /** A read on memory at ≥ 60% of the ceiling's req/s. */
  private void againstCeiling(String read, LoadResult orgd, Optional<LoadResult> ceiling, int top) {
    ceiling.ifPresent(
        c -> {
          double ratio = orgd.requestsPerSecond() / c.requestsPerSecond();
          row(
              read + " on memory ≥ 60% of the ceiling's req/s at " + top + " connections",
              String.format(
                  Locale.ROOT, "%.0f%% (%s of %s req/s)", 100 * ratio, rate(orgd), rate(c)),
              ratio >= 0.6);
        });
  }

  /**
   * Policies: DescribePolicy, ListPolicies (a page of 20), ListPoliciesForTarget,
   * ListTargetsForPolicy and DescribeResourcePolicy at ≥ 60% of the ceiling,
   * DescribeEffectivePolicy five OUs deep within 1.5× of the same call under the root (p50), and
   * DescribeOrganization by a deep member with --enforce-scps at ≥ 50% of its req/s without.
   */
  private void policies() {
    int top = topLevel();
    Optional<LoadResult> ceiling = find(CEILING, CEILING_SMALL, top);
    for (String read :
        List.of(
            "DescribePolicy",
            "ListPolicies",
            "ListPoliciesForTarget",
            "ListTargetsForPolicy",
            "DescribeResourcePolicy")) {
      find(POLICIES, read, top).ifPresent(r -> againstCeiling(read, r, ceiling, top));
    }
    Optional<LoadResult> deep = find(POLICIES, "DescribeEffectivePolicy (5 OUs deep)", top);
    Optional<LoadResult> shallow = find(POLICIES, "DescribeEffectivePolicy (under the root)", top);
    if (deep.isPresent() && shallow.isPresent()) {
      double ratio = deep.get().p50Millis() / shallow.get().p50Millis();
      row(
          "DescribeEffectivePolicy p50 five OUs deep (10 policies a level) ≤ 1.5× under the root"
              + " at "
              + top
              + " connections",
          String.format(
              Locale.ROOT,
              "%.2f× (%.3f against %.3f ms)",
              ratio,
              deep.get().p50Millis(),
              shallow.get().p50Millis()),
          ratio <= 1.5);
    }
    String describe = "DescribeOrganization (member 5 OUs deep)";
    Optional<LoadResult> plain = find(POLICIES, describe, top);
    Optional<LoadResult> enforcing = find(ENFORCING, describe, top);
    if (plain.isPresent() && enforcing.isPresent()) {
      double ratio = enforcing.get().requestsPerSecond() / plain.get().requestsPerSecond();
      row(
          "DescribeOrganization by a member 5 OUs deep with --enforce-scps ≥ 50% of without at "
              + top
              + " connections",
          String.format(
              Locale.ROOT,
              "%.0f%% (%s against %s req/s)",
              100 * ratio,
              rate(enforcing.get()),
              rate(plain.get())),
          ratio >= 0.5);
    }
  }

  /** For each backend and list operation: the p50 at the most stored against the least. */
  private void scaling() {
    for (List<Object> key :
        report.scaling().stream()
            .map(s -> List.<Object>of(s.backend(), s.load().scenario()))
            .distinct()
            .toList()) {
      List<ScalingResult> sizes =
          report.scaling().stream()
              .filter(s -> s.backend().equals(key.get(0)) && s.load().scenario().equals(key.get(1)))
              .sorted(Comparator.comparingLong(ScalingResult::stored))
              .toList();
      if (sizes.size() < 2) {
        continue;
      }
      ScalingResult small = sizes.get(0);
      ScalingResult large = sizes.get(sizes.size() - 1);
      double ratio = large.load().p50Millis() / small.load().p50Millis();
      row(
          String.format(
              Locale.ROOT,
              "%s p50 on %s with %,d %s stored ≤ 1.5× the p50 with %,d",
              key.get(1),
              key.get(0),
              large.stored(),
              large.storedWhat(),
              small.stored()),
          String.format(
              Locale.ROOT,
              "%.2f× (%.3f against %.3f ms)",
              ratio,
              large.load().p50Millis(),
              small.load().p50Millis()),
          ratio <= 1.5);
    }
  }

  private void writePath() {
    for (int level : levels()) {
      Optional<LoadResult> moto = find(MOTO, "CreateAccount", level);
      Optional<LoadResult> sqlite = find("orgd-sqlite", "Invite+AcceptHandshake", level);
      if (moto.isEmpty() || sqlite.isEmpty()) {
        continue;
      }
      double ratio = sqlite.get().requestsPerSecond() / moto.get().requestsPerSecond();
      String postgres =
          find("orgd-postgres", "Invite+AcceptHandshake", level)
              .map(
                  p ->
                      String.format(
                          Locale.ROOT,
                          "; PostgreSQL %s req/s, %.0f×",
                          rate(p),
                          p.requestsPerSecond() / moto.get().requestsPerSecond()))
              .orElse("");
      row(
          "Write path on SQLite ≥ 20× moto's CreateAccount at " + level + " connections",
          String.format(
                  Locale.ROOT,
                  "%.1f× (%s against %s req/s)",
                  ratio,
                  rate(sqlite.get()),
                  rate(moto.get()))
              + postgres,
          ratio >= 20);
    }
  }

  private void startup() {
    OptionalDouble moto = report.medianStartupMillis(MOTO);
    boolean medians = !report.startSamples().isEmpty();
    for (Startup s : report.startupRows()) {
      if (!s.target().startsWith("orgd")) {
        continue;
      }
      OptionalDouble orgd = report.medianStartupMillis(s.target());
      if (moto.isPresent() && orgd.isPresent()) {
        row(
            "Start-up of " + s.target() + " no slower than moto's" + (medians ? " (medians)" : ""),
            String.format(
                Locale.ROOT, "%.0f ms against %.0f ms", orgd.getAsDouble(), moto.getAsDouble()),
            orgd.getAsDouble() <= moto.getAsDouble());
      }
      if (s.rssIdleKiB() < 0) {
        continue; // only fresh starts: no idle memory was measured
      }
      double idle = s.rssIdleKiB() / 1024.0;
      row(
          "Idle memory of " + s.target() + " < 128 MiB",
          String.format(Locale.ROOT, "%.0f MiB", idle),
          idle < IDLE_MIB_LIMIT);
    }
  }

  private void row(String target, String measured, boolean met) {
    md.append("| ")
        .append(target)
        .append(" | ")
        .append(measured)
        .append(" | ")
        .append(met ? "met" : "**not met**")
        .append(" |\n");
  }

  private int topLevel() {
    return levels().stream().max(Integer::compare).orElse(0);
  }

  private List<Integer> levels() {
    return report.throughput().stream().map(LoadResult::connections).distinct().sorted().toList();
  }

  private Optional<LoadResult> find(String target, String scenario, int connections) {
    return report.throughput().stream()
        .filter(
            r ->
                r.target().equals(target)
                    && r.scenario().equals(scenario)
                    && r.connections() == connections)
        .findFirst();
  }

  private static String rate(LoadResult r) {
    return String.format(Locale.ROOT, "%,.0f", r.requestsPerSecond());
  }
}
