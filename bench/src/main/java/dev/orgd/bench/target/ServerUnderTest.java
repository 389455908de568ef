package dev.orgd.bench.target;

import dev.orgd.bench.scenario.AwsJson;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** A running server process on a loopback port, with how long it took to answer its first call. */
public final class ServerUnderTest implements AutoCloseable {

  /** Lets the process settle (lazy init, first GC) before idle memory is read. */
  private static final long SETTLE_MILLIS = 500;

  /** The first successful exchange with a fresh server; start-up ends when it returns. */
  @FunctionalInterface
  public interface FirstCall {
    void run(SetupClient client, ManagedProcess process) throws Exception;
  }

  private final String name;
  private final ManagedProcess process;
  private final int port;
  private final SetupClient client;
  private final double startupMillis;
  private final long rssIdleKiB;

  private ServerUnderTest(
      String name,
      ManagedProcess process,
      int port,
      SetupClient client,
      double startupMillis,
      long rssIdleKiB) {
    this.name = name;
    this.process = process;
    this.port = port;
    this.client = client;
    this.startupMillis = startupMillis;
    this.rssIdleKiB = rssIdleKiB;
  }

  /**
   * Launches {@code command} (which must listen on {@code port}) and runs {@code firstCall} against
   * it; the process is stopped again if that fails.
   */
  public static ServerUnderTest launch(
      String name, List<String> command, int port, Path log, FirstCall firstCall) throws Exception {
    long start = System.nanoTime();
    ManagedProcess process = ManagedProcess.start(name, command, log);
    try {
      SetupClient client = new SetupClient(port);
      firstCall.run(client, process);
      double startupMillis = (System.nanoTime() - start) / 1e6;
      Thread.sleep(SETTLE_MILLIS);
      return new ServerUnderTest(name, process, port, client, startupMillis, process.rssKiB());
    } catch (Exception | Error e) {
      process.close();
      throw e;
    }
  }

  /** The first call of a fresh organizations server: create the organization, then describe it. */
  public static FirstCall createThenDescribeOrganization(
      String managementAccountId, Duration limit) {
    return (client, process) -> {
      SetupClient.Reply created =
          client.awaitFirstAnswer(
              "CreateOrganization",
              managementAccountId,
              "{\"FeatureSet\":\"ALL\"}",
              process,
              limit);
      if (!created.ok()) {
        throw new IllegalStateException(
            "CreateOrganization answered HTTP " + created.status() + ": " + created.body());
      }
      client.require("DescribeOrganization", managementAccountId, "{}");
    };
  }

  /** The first call of a server whose organization already exists (seeded). */
  public static FirstCall describeOrganization(String managementAccountId, Duration limit) {
    return (client, process) -> {
      SetupClient.Reply reply =
          client.awaitFirstAnswer(
              "DescribeOrganization", managementAccountId, "{}", process, limit);
      if (!reply.ok()) {
        throw new IllegalStateException(
            "DescribeOrganization answered HTTP " + reply.status() + ": " + reply.body());
      }
    };
  }

  public String name() {
    return name;
  }

  public ManagedProcess process() {
    return process;
  }

  public SetupClient client() {
    return client;
  }

  public InetSocketAddress address() {
    return new InetSocketAddress("127.0.0.1", port);
  }

  public AwsJson aws() {
    return new AwsJson("127.0.0.1:" + port);
  }

  /** Start-up and idle memory now; after-load memory read now as well. */
  public Startup startup() {
    return new Startup(name, startupMillis, rssIdleKiB, process.rssKiB(), process.peakRssKiB());
  }

  @Override
  public void close() {
    process.close();
  }
}
