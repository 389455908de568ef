package dev.orgd.bench;

import dev.orgd.bench.scenario.AwsJson;
import dev.orgd.bench.scenario.CreateAccountScenario;
import dev.orgd.bench.scenario.RepeatScenario;
import dev.orgd.bench.target.MotoLauncher;
import dev.orgd.bench.target.Ports;
import dev.orgd.bench.target.ServerUnderTest;
import java.util.List;
import java.util.Optional;

/**
 * moto_server: DescribeOrganization, ListAccounts, then CreateAccount (last, since it grows the
 * list that ListAccounts returns).
 */
final class MotoSection {

  static final String NAME = "moto";

  private MotoSection() {}

  static void run(Bench bench, Optional<MotoLauncher> launcher) throws Exception {
    if (launcher.isEmpty()) {
      bench.report.missing(
          "moto rows skipped: `"
              + bench.config.motoCommand()
              + "` not found"
              + " (pip install 'moto[server]', or pass --moto-cmd).");
      return;
    }
    int port = Ports.free();
    try (ServerUnderTest server =
        ServerUnderTest.launch(
            NAME,
            launcher.get().command(port),
            port,
            bench.config.logDir().resolve("moto.log"),
            ServerUnderTest.createThenDescribeOrganization(
                Bench.MANAGEMENT_ACCOUNT, Bench.STARTUP_LIMIT))) {
      bench.log("moto up (pid " + server.process().pid() + ")");
      AwsJson aws = server.aws();
      bench.measure(
          server,
          List.of(
              RepeatScenario.of(aws, "DescribeOrganization", Bench.MANAGEMENT_ACCOUNT, "{}"),
              RepeatScenario.of(aws, "ListAccounts", Bench.MANAGEMENT_ACCOUNT, "{}"),
              new CreateAccountScenario(aws, Bench.MANAGEMENT_ACCOUNT)));
      bench.report.add(server.startup());
    }
  }
}
