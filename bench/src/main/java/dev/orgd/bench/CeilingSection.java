package dev.orgd.bench;

import dev.orgd.bench.load.Request;
import dev.orgd.bench.scenario.RepeatScenario;
import dev.orgd.bench.target.Ports;
import dev.orgd.bench.target.ServerUnderTest;
import java.util.List;

/**
 * The ceiling: {@link CeilingServer} in its own JVM, launched like orgd, sent DescribeOrganization.
 */
final class CeilingSection {

  static final String NAME = "ceiling";

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
      bench.measure(server, List.of(new RepeatScenario("fixed 200 (ceiling)", describe)));
      bench.report.add(server.startup());
    }
  }
}
