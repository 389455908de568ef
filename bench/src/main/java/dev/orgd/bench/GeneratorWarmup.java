package dev.orgd.bench;

import dev.orgd.bench.load.LoadGenerator;
import dev.orgd.bench.load.Request;
import dev.orgd.bench.load.RunPlan;
import dev.orgd.bench.scenario.AwsJson;
import dev.orgd.bench.scenario.RepeatScenario;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Warms the load generator's own code up (JIT) before anything is measured, against an in-process
 * ceiling server: otherwise the generator's compiler threads take CPU from the first server
 * measured. Runs both the keep-alive path and the reconnect path (Connection: close).
 */
final class GeneratorWarmup {

  private GeneratorWarmup() {}

  static void run(LoadGenerator generator, Duration each) throws InterruptedException {
    try (CeilingServer server = CeilingServer.start("127.0.0.1", 0, 1)) {
      AwsJson aws = new AwsJson("127.0.0.1:" + server.port());
      Request keepAlive = aws.request("DescribeOrganization", Bench.MANAGEMENT_ACCOUNT, "{}", true);
      Request close = new Request("close", withConnectionClose(keepAlive.bytes()), false);
      InetSocketAddress address = new InetSocketAddress("127.0.0.1", server.port());
      RunPlan plan = new RunPlan(8, Duration.ZERO, each, Duration.ofSeconds(5));
      generator.run(
          "warm-up", address, new RepeatScenario("keep-alive", keepAlive), plan, () -> -1);
      generator.run("warm-up", address, new RepeatScenario("close", close), plan, () -> -1);
    }
  }

  /** The same request with a Connection: close header after the request line. */
  static byte[] withConnectionClose(byte[] request) {
    String text = new String(request, StandardCharsets.ISO_8859_1);
    int firstLineEnd = text.indexOf("\r\n") + 2;
    return (text.substring(0, firstLineEnd)
            + "Connection: close\r\n"
            + text.substring(firstLineEnd))
        .getBytes(StandardCharsets.ISO_8859_1);
  }
}
