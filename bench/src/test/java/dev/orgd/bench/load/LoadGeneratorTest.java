package dev.orgd.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.bench.CeilingServer;
import dev.orgd.bench.scenario.AwsJson;
import dev.orgd.bench.scenario.RepeatScenario;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoadGeneratorTest {

  private static RunPlan plan(int connections) {
    return new RunPlan(
        connections, Duration.ofMillis(200), Duration.ofMillis(700), Duration.ofSeconds(2));
  }

  @Test
  void measuresTheCeilingServerOnKeptAliveConnections() throws Exception {
    try (CeilingServer server = CeilingServer.start("127.0.0.1", 0, 1);
        LoadGenerator generator = new LoadGenerator(1)) {
      AwsJson aws = new AwsJson("127.0.0.1:" + server.port());
      RepeatScenario scenario =
          RepeatScenario.of(aws, "DescribeOrganization", "111111111111", "{}");

      LoadResult result =
          generator.run(
              "ceiling",
              new InetSocketAddress("127.0.0.1", server.port()),
              scenario,
              plan(8),
              () -> -1);

      assertThat(result.errors()).isZero();
      assertThat(result.firstError()).isNull();
      assertThat(result.requests()).isGreaterThan(100);
      assertThat(result.latencyMicros().getTotalCount()).isEqualTo(result.requests());
      assertThat(result.p99Millis()).isGreaterThanOrEqualTo(result.p50Millis());
      assertThat(result.serverCpuPercent()).isNaN();
    }
  }

  @Test
  void countsRefusedAnswersAsErrorsAndLeavesThemOutOfTheHistogram() throws Exception {
    try (CeilingServer server = CeilingServer.start("127.0.0.1", 0, 1);
        LoadGenerator generator = new LoadGenerator(1)) {
      AwsJson aws = new AwsJson("127.0.0.1:" + server.port());
      RepeatScenario base = RepeatScenario.of(aws, "DescribeOrganization", "111111111111", "{}");
      dev.orgd.bench.scenario.Scenario refusing =
          new dev.orgd.bench.scenario.Scenario() {
            @Override
            public String name() {
              return "refusing";
            }

            @Override
            public dev.orgd.bench.scenario.ConnectionScript newConnection(int index) {
              var inner = base.newConnection(index);
              return new dev.orgd.bench.scenario.ConnectionScript() {
                @Override
                public Request next() {
                  return inner.next();
                }

                @Override
                public boolean accept(Request request, Response response) {
                  return false;
                }
              };
            }
          };

      LoadResult result =
          generator.run(
              "ceiling",
              new InetSocketAddress("127.0.0.1", server.port()),
              refusing,
              plan(2),
              () -> -1);

      assertThat(result.requests()).isZero();
      assertThat(result.errors()).isGreaterThan(0);
      assertThat(result.firstError()).startsWith("DescribeOrganization -> HTTP 200");
    }
  }
}
