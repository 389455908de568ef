package dev.orgd.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The engine over real sockets. */
class NettyHttpTransportTest {
  private NettyHttpTransport server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private NettyHttpTransport start(HttpHandler handler, int workers) throws InterruptedException {
    NettyHttpTransport.Options options =
        workers == 0
            ? NettyHttpTransport.Options.onEventLoop("127.0.0.1", 0)
            : new NettyHttpTransport.Options(
                "127.0.0.1", 0, 1, workers, 1, NettyHttpTransport.Options.DEFAULT_MAX_BODY);
    server = new NettyHttpTransport(handler, options);
    server.start();
    return server;
  }

  private static HttpResponse echo(HttpRequest request) {
    String text =
        request.method()
            + " "
            + request.path()
            + " q="
            + request.query()
            + " t="
            + request.header("x-amz-target")
            + " body="
            + new String(request.body(), StandardCharsets.UTF_8);
    return new HttpResponse(200, Map.of("X-Echo", "1"), text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void turnsARequestIntoARecordAndWritesTheResponse() throws Exception {
    start(NettyHttpTransportTest::echo, 0);

    java.net.http.HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        URI.create(
                            "http://127.0.0.1:" + server.port() + "/p/a?X-Amz-Credential=a%2Fb"))
                    .header("X-Amz-Target", "T.Op")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"a\":1}"))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("x-echo")).hasValue("1");
    assertThat(response.body())
        .isEqualTo("POST /p/a q={X-Amz-Credential=a/b} t=T.Op body={\"a\":1}");
  }

  @Test
  void theJdkClientReusesOneKeptAliveConnection() throws Exception {
    start(NettyHttpTransportTest::echo, 0);
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    for (int i = 0; i < 20; i++) {
      java.net.http.HttpResponse<String> response =
          client.send(
              java.net.http.HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + server.port() + "/" + i))
                  .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))
                  .build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(response.body()).startsWith("POST /" + i + " ");
    }

    assertThat(server.connectionsAccepted()).isEqualTo(1);
  }

  @ParameterizedTest(name = "workers={0}")
  @ValueSource(ints = {0, 4})
  void pipelinedRequestsOnOneKeptAliveConnectionAreAnsweredInOrder(int workers) throws Exception {
    start(
        request -> {
          if (request.path().equals("/slow")) {
            RawHttp.sleep(100);
          }
          return new HttpResponse(200, Map.of(), request.path().getBytes(StandardCharsets.UTF_8));
        },
        workers);

    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n"
                  + "GET /fast HTTP/1.1\r\nHost: x\r\n\r\n"
                  + "GET /third HTTP/1.1\r\nHost: x\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();

      assertThat(RawHttp.readResponse(in)).startsWith("HTTP/1.1 200").endsWith("/slow");
      assertThat(RawHttp.readResponse(in)).startsWith("HTTP/1.1 200").endsWith("/fast");
      assertThat(RawHttp.readResponse(in)).startsWith("HTTP/1.1 200").endsWith("/third");
      // still open: a fourth request on the same connection is answered
      out.write("GET /again HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      assertThat(RawHttp.readResponse(in)).endsWith("/again");
    }
  }

  @Test
  void bodiesLargerThanTwoMebibytesGet413() throws Exception {
    start(NettyHttpTransportTest::echo, 0);

    java.net.http.HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/"))
                    .POST(
                        java.net.http.HttpRequest.BodyPublishers.ofByteArray(
                            new byte[2 * 1024 * 1024 + 1]))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(413);
  }

  @Test
  void bodyOfExactlyTwoMebibytesIsAccepted() throws Exception {
    start(
        request -> new HttpResponse(200, Map.of(), String.valueOf(request.bodyLength()).getBytes()),
        0);

    java.net.http.HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/"))
                    .POST(
                        java.net.http.HttpRequest.BodyPublishers.ofByteArray(
                            new byte[2 * 1024 * 1024]))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

    assertThat(response.body()).isEqualTo(String.valueOf(2 * 1024 * 1024));
  }

  @Test
  void garbageIsA400AndTheConnectionCloses() throws Exception {
    start(NettyHttpTransportTest::echo, 0);

    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket
          .getOutputStream()
          .write("\u0001\u0002 nonsense\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);

      assertThat(answer).startsWith("HTTP/1.1 400").containsIgnoringCase("connection: close");
    }
  }

  @Test
  void aHandlerThatThrowsStillGetsAnAnswer() throws Exception {
    start(
        request -> {
          throw new IllegalStateException("boom");
        },
        0);

    java.net.http.HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/"))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).isEmpty();
  }

  @Test
  void aFullWorkerPoolAnswersWithTheHandlersOverloadResponse() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    start(
        new HttpHandler() {
          @Override
          public HttpResponse handle(HttpRequest request) {
            started.countDown();
            await(release);
            return new HttpResponse(200, Map.of(), new byte[0]);
          }

          @Override
          public HttpResponse overloaded() {
            return new HttpResponse(429, Map.of(), "busy".getBytes(StandardCharsets.US_ASCII));
          }
        },
        1);
    try (Socket running = new Socket("127.0.0.1", server.port());
        Socket queued = new Socket("127.0.0.1", server.port());
        Socket rejected = new Socket("127.0.0.1", server.port())) {
      RawHttp.send(running, "GET /1 HTTP/1.1\r\nHost: x\r\n\r\n");
      assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
      RawHttp.send(queued, "GET /2 HTTP/1.1\r\nHost: x\r\n\r\n");
      RawHttp.sleep(200); // let the second request reach the (one-place) queue
      RawHttp.send(rejected, "GET /3 HTTP/1.1\r\nHost: x\r\n\r\n");

      assertThat(RawHttp.readResponse(rejected.getInputStream()))
          .startsWith("HTTP/1.1 429")
          .endsWith("busy");
      release.countDown();
      assertThat(RawHttp.readResponse(running.getInputStream())).startsWith("HTTP/1.1 200");
      assertThat(RawHttp.readResponse(queued.getInputStream())).startsWith("HTTP/1.1 200");
    }
  }

  @Test
  void closeStopsListening() throws Exception {
    int port = start(NettyHttpTransportTest::echo, 0).port();

    server.close();
    server.close(); // idempotent

    assertThatThrownBy(() -> new Socket("127.0.0.1", port).close())
        .isInstanceOf(ConnectException.class);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
