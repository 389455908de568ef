package dev.orgd.bench.report;

import dev.orgd.bench.load.LoadResult;
import dev.orgd.bench.target.Startup;
import java.time.Instant;
import org.HdrHistogram.Histogram;

/** Made-up results for the report writers' tests. */
final class ReportFixtures {

  private ReportFixtures() {}

  static LoadResult result(String target, String scenario, int connections, long requests) {
    Histogram h = new Histogram(60_000_000L, 3);
    for (long i = 1; i <= 100; i++) {
      h.recordValue(i * 10); // 10 us .. 1 ms: p50 0.5 ms, p99 0.99 ms
    }
    return new LoadResult(target, scenario, connections, requests, 0, 0, 2.0, h, 40, 90, 5, null);
  }

  static Report report() {
    Report report =
        new Report(
            "java -jar bench/target/orgd-bench.jar --full",
            "Mode full.",
            Instant.parse("2026-01-02T03:04:05Z"),
            new MachineInfo("Test CPU", 2, 24.0, "Debian", "Linux 6"));
    report.version("Netty", "4.2.18.Final, epoll");
    for (int c : new int[] {1, 8, 64}) {
      report.add(result("ceiling", "fixed 200 (ceiling)", c, 100_000L * c));
      report.add(result("orgd-memory", "DescribeOrganization", c, 20_000L * c));
      report.add(result("moto", "DescribeOrganization", c, 700));
    }
    report.add(
        new ScalingResult(
            "memory",
            1_000_000,
            12.5,
            result("orgd-memory", "ListHandshakesForOrganization", 1, 9)));
    report.add(new Startup("moto", 412.0, 66 * 1024, 80 * 1024, 81 * 1024));
    report.note("orgd-postgres skipped: PostgreSQL not found.");
    return report;
  }
}
