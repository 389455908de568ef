package dev.orgd.bench;

import dev.orgd.server.http.HttpHandler;
import dev.orgd.server.http.HttpResponse;
import dev.orgd.server.http.NettyHttpTransport;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The ceiling: orgd's own HTTP engine ({@link NettyHttpTransport}: the same pipeline, threads and
 * request and response handling) with a handler that answers every request with one fixed 200 body,
 * instead of orgd's protocol and domain. No orgd request can be served faster than this on this
 * machine, so the ratio of orgd to the ceiling is what orgd's own work costs.
 *
 * <p>Usage: {@code java -cp orgd-bench.jar dev.orgd.bench.CeilingServer --port 8080}
 */
public final class CeilingServer implements AutoCloseable {

  /** The fixed answer: the shape of a small AWS JSON 1.1 reply. */
  static final byte[] BODY =
      "{\"Organization\":{\"Id\":\"o-ceiling000\",\"FeatureSet\":\"ALL\"}}"
          .getBytes(StandardCharsets.US_ASCII);

  private static final HttpResponse FIXED =
      new HttpResponse(
          200,
          Map.of(
              "Content-Type",
              "application/x-amz-json-1.1",
              "x-amzn-RequestId",
              "00000000-0000-0000-0000-000000000000"),
          BODY);

  /** The handler: the same answer to everything. */
  private static final HttpHandler FIXED_HANDLER = request -> FIXED;

  private final NettyHttpTransport transport;

  private CeilingServer(NettyHttpTransport transport) {
    this.transport = transport;
  }

  /**
   * Starts a ceiling server on {@code host:port} (port 0: any free port) with {@code ioThreads}
   * event loop threads (0: one per processor, as orgd runs).
   */
  public static CeilingServer start(String host, int port, int ioThreads)
      throws InterruptedException {
    NettyHttpTransport transport =
        new NettyHttpTransport(
            FIXED_HANDLER,
            new NettyHttpTransport.Options(
                host, port, ioThreads, 0, 0, NettyHttpTransport.Options.DEFAULT_MAX_BODY));
    transport.start();
    return new CeilingServer(transport);
  }

  public int port() {
    return transport.port();
  }

  @Override
  public void close() {
    transport.close();
  }

  public static void main(String[] args) throws InterruptedException {
    System.setProperty("io.netty.jfr.enabled", "false"); // as orgd's Main does
    int port = 8080;
    int ioThreads = 0;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(args[++i]);
        case "--workers" -> ioThreads = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
      }
    }
    CeilingServer server = start("127.0.0.1", port, ioThreads);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                }));
    System.out.println(
        "ceiling server listening on 127.0.0.1:"
            + server.port()
            + " (orgd's NettyHttpTransport, "
            + NettyTransport.name()
            + ")");
    stopped.await();
  }
}
