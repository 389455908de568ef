package dev.orgd.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.bench.target.Startup;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

  private final String md = MarkdownReport.render(ReportFixtures.report(), "benchmarks.png");

  @Test
  void namesTheCommandMachineAndVersions() {
    assertThat(md)
        .contains("java -jar bench/target/orgd-bench.jar --full")
        .contains("| Machine | Test CPU, 2 cores, 24.0 GiB RAM |")
        .contains("| Netty | 4.2.18.Final, epoll |")
        .contains("![Requests per second at the highest connection count](benchmarks.png)");
  }

  @Test
  void putsEachServerAndOperationOnOneRowWithAColumnPairPerConnectionCount() {
    assertThat(md)
        .contains(
            "| Server | Operation | 1 conn req/s | p50 / p99 ms | 8 conn req/s | p50 / p99 ms |"
                + " 64 conn req/s | p50 / p99 ms |")
        .contains(
            "| orgd-memory | DescribeOrganization | 10,000 | 0.500 / 0.990 | 80,000 | 0.500 /"
                + " 0.990 | 640,000 | 0.500 / 0.990 |")
        .contains("| moto | DescribeOrganization | 350 |");
  }

  @Test
  void listsScalingStartupsAndNotes() {
    assertThat(md)
        .contains(
            "| memory | ListHandshakesForOrganization | 1,000,000 handshakes | 12.5 | 1 | 4.5 |")
        .contains("| moto | 412 | – | 66 | 80 | 81 |")
        .contains("- orgd-postgres skipped: PostgreSQL not found.");
  }

  @Test
  void pointsToTheBrowserTestForTheConsole() {
    assertThat(md)
        .contains("## The console")
        .contains("`ConsoleIT`")
        .contains("[console.md](console.md#speed)");
  }

  @Test
  void listsServersThatOnlyHadFreshStarts() {
    Report report = ReportFixtures.report();
    report.addStartSample(new Startup("orgd-sqlite", 500.0, 0, 0, 0));
    report.addStartSample(new Startup("orgd-sqlite", 300.0, 0, 0, 0));
    report.addStartSample(new Startup("orgd-sqlite", 400.0, 0, 0, 0));

    assertThat(MarkdownReport.render(report, "benchmarks.png"))
        .contains("| orgd-sqlite | – | 400 (300–500, 3) | – | – | – |");
  }

  @Test
  void formatsMillisecondsToThreeSignificantDigits() {
    assertThat(MarkdownReport.ms(0.04567)).isEqualTo("0.046");
    assertThat(MarkdownReport.ms(4.567)).isEqualTo("4.57");
    assertThat(MarkdownReport.ms(45.67)).isEqualTo("45.7");
    assertThat(MarkdownReport.ms(456.7)).isEqualTo("457");
    assertThat(MarkdownReport.ms(Double.NaN)).isEqualTo("–");
  }
}
