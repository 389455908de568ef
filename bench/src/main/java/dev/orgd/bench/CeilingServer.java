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

  /**
   * A second fixed answer, for requests whose X-Amz-Target names ListHandshakesForOrganization: a
   * page of 20 handshakes shaped as orgd writes them (about 13 KB), so that the engine's own cost
   * of a list page's bytes can be told from orgd's cost of making them.
   */
  static final byte[] LIST_PAGE_BODY = listPage(20);

  private static final HttpResponse FIXED = fixed(BODY);
  private static final HttpResponse FIXED_LIST_PAGE = fixed(LIST_PAGE_BODY);

  /** The handler: the same answer to everything (the list page to a list). */
  private static final HttpHandler FIXED_HANDLER =
      request -> {
        String target = request.header("X-Amz-Target");
        return target != null && target.endsWith(".ListHandshakesForOrganization")
            ? FIXED_LIST_PAGE
            : FIXED;
      };

  private static HttpResponse fixed(byte[] body) {
    return new HttpResponse(
        200,
        Map.of(
            "Content-Type",
            "application/x-amz-json-1.1",
            "x-amzn-RequestId",
            "00000000-0000-0000-0000-000000000000"),
        body);
  }

  private static byte[] listPage(int handshakes) {
    StringBuilder page = new StringBuilder("{\"Handshakes\":[");
    for (int i = 0; i < handshakes; i++) {
      String id = String.format("h-%032x", i + 1);
      String account = String.format("%012d", 300_000_000_001L + i);
      page.append(i == 0 ? "" : ",")
          .append("{\"Id\":\"")
          .append(id)
          .append("\",\"Arn\":\"arn:aws:organizations::111111111111:handshake/o-ceiling000/invite/")
          .append(id)
          .append("\",\"Parties\":[{\"Id\":\"o-ceiling000\",\"Type\":\"ORGANIZATION\"},{\"Id\":\"")
          .append(account)
          .append("\",\"Type\":\"ACCOUNT\"}],\"State\":\"CANCELED\",")
          .append("\"RequestedTimestamp\":1795455874.161,\"ExpirationTimestamp\":1796751874.161,")
          .append("\"Action\":\"INVITE\",\"Resources\":[{\"Value\":\"o-ceiling000\",")
          .append("\"Type\":\"ORGANIZATION\",\"Resources\":[{\"Value\":")
          .append("\"account-111111111111@example.com\",\"Type\":\"MASTER_EMAIL\"},")
          .append("{\"Value\":\"account-111111111111\",\"Type\":\"MASTER_NAME\"},")
          .append("{\"Value\":\"ALL\",\"Type\":\"ORGANIZATION_FEATURE_SET\"}]},")
          .append("{\"Value\":\"")
          .append(account)
          .append("\",\"Type\":\"ACCOUNT\"}]}");
    }
    return page.append("]}").toString().getBytes(StandardCharsets.US_ASCII);
  }

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
