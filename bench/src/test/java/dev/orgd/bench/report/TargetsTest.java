package dev.orgd.bench.report;

import static dev.orgd.bench.report.ReportFixtures.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.bench.target.Startup;
import org.junit.jupiter.api.Test;

class TargetsTest {

  @Test
  void comparesRowsOfTheSameRunAndSaysWhichTargetsAreMet() {
    Report report = ReportFixtures.report(); // memory reads: 20% of the ceiling, 1829x moto
    for (int c : new int[] {1, 8, 64}) {
      report.add(result("moto", "CreateAccount", c, 600));
      report.add(result("orgd-sqlite", "Invite+AcceptHandshake", c, 600 * (c == 1 ? 10 : 30)));
    }
    String list = "ListHandshakesForOrganization";
    report.add(new ScalingResult("sqlite", 1_000, 1, result("orgd-sqlite", list, 1, 9)));
    report.add(new ScalingResult("sqlite", 1_000_000, 60, result("orgd-sqlite", list, 1, 9)));
    report.add(new ScalingResult("memory", 10, 0, result("orgd-memory", "ListAccounts", 1, 9)));
    report.add(new ScalingResult("memory", 5_000, 0, result("orgd-memory", "ListAccounts", 1, 9)));
    report.add(new Startup("orgd-sqlite", 500, 100 * 1024, 120 * 1024, 130 * 1024));
    for (double ms : new double[] {300, 420, 380}) { // moto's median: 380 ms
      report.addStartSample(new Startup("moto", ms, 66 * 1024, 66 * 1024, 66 * 1024));
    }
    for (double ms : new double[] {350, 370, 900}) { // orgd-sqlite's median: 370 ms
      report.addStartSample(new Startup("orgd-sqlite", ms, 90 * 1024, 90 * 1024, 90 * 1024));
    }

    StringBuilder md = new StringBuilder();
    Targets.render(md, report);

    assertThat(md.toString())
        .contains(
            "| DescribeOrganization on memory ≥ 60% of the ceiling's req/s at 64 connections"
                + " | 20% (640,000 of 3,200,000 req/s) | **not met** |",
            "| DescribeOrganization on memory ≥ 100× moto's DescribeOrganization at 64"
                + " connections | 1829× (640,000 against 350 req/s) | met |",
            "| ListHandshakesForOrganization p50 on sqlite with 1,000,000 handshakes stored ≤ 1.5×"
                + " the p50 with 1,000 | 1.00×",
            "| ListAccounts p50 on memory with 5,000 accounts stored ≤ 1.5× the p50 with 10 |"
                + " 1.00×",
            "| Write path on SQLite ≥ 20× moto's CreateAccount at 1 connections | 10.0×",
            "**not met** |",
            "| Write path on SQLite ≥ 20× moto's CreateAccount at 64 connections | 30.0×",
            "| Start-up of orgd-sqlite no slower than moto's (medians) | 370 ms against 380 ms"
                + " | met |",
            "| Idle memory of orgd-sqlite < 128 MiB | 100 MiB | met |");
  }

  @Test
  void everyPolicyReadOnMemoryIsHeldToTheCeiling() {
    Report report = ReportFixtures.report(); // the ceiling: 6,400,000 requests at 64 connections
    String[] reads = {
      "DescribePolicy",
      "ListPolicies",
      "ListPoliciesForTarget",
      "ListTargetsForPolicy",
      "DescribeResourcePolicy"
    };
    for (String read : reads) {
      long requests = read.equals("ListTargetsForPolicy") ? 3_200_000L : 5_120_000L;
      report.add(result("orgd-memory policies", read, 64, requests));
    }

    StringBuilder md = new StringBuilder();
    Targets.render(md, report);

    for (String read : reads) {
      assertThat(md.toString())
          .contains(
              "| "
                  + read
                  + " on memory ≥ 60% of the ceiling's req/s at 64 connections | "
                  + (read.equals("ListTargetsForPolicy")
                      ? "50% (1,600,000 of 3,200,000 req/s) | **not met** |"
                      : "80% (2,560,000 of 3,200,000 req/s) | met |"));
    }
  }
}
