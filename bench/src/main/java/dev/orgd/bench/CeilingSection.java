package dev.orgd.bench;

import dev.orgd.bench.load.Request;
import dev.orgd.bench.scenario.RepeatScenario;
import dev.orgd.bench.target.Ports;
import dev.orgd.bench.target.ServerUnderTest;
import java.util.List;

/**
 * The ceiling: {@link CeilingServer} in its own JVM, with orgd's JVM options: its small fixed
 * answer (the ceiling proper), and a fixed answer the size of orgd's 20-handshake list page.
 */
final class CeilingSection {

  static final String NAME = "ceiling";

  /** The ceiling's main row: the fixed small answer. */
  static final String SMALL = "fixed 200 (ceiling)";

  private CeilingSection() {}

  static void run(Bench bench) throws Exception {
    int port = Ports.free();
    try (ServerUnderTest server =
        ServerUnderTest.launch(
            NAME,
            bench.config.java().ceiling(port),
            port,
            bench.config.logDir().resolve("ceiling.log"),
            ServerUnderTest.createThenDescribeOrganization(
                Bench.MANAGEMENT_ACCOUNT, Bench.STARTUP_LIMIT))) {
      bench.log("ceiling server up (pid " + server.process().pid() + ")");
      Request describe =
          server.aws().request("DescribeOrganization", Bench.MANAGEMENT_ACCOUNT, "{}", false);
      Request list =
          server
              .aws()
              .request(
                  "ListHandshakesForOrganization",
                  Bench.MANAGEMENT_ACCOUNT,
                  "{\"MaxResults\":20}",
                  false);
      bench.measure(
          server,
          List.of(
              new RepeatScenario(SMALL, describe),
              new RepeatScenario(
                  "fixed 200, " + CeilingServer.LIST_PAGE_BODY.length / 1000 + " KB (list page)",
                  list)));
      bench.report.add(server.startup());
    }
  }
}
