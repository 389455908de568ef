package dev.orgd.server.http;

import static dev.orgd.server.http.RawHttp.closedWithin;
import static dev.orgd.server.http.RawHttp.readResponse;
import static dev.orgd.server.http.RawHttp.send;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the engine does with requests and connections no SDK produces: every refusal is the
 * handler's (AWS-shaped) answer in the request's turn, a refusal after which orgd closes says
 * {@code Connection: close}, and no client can hold a connection forever. Run on the event loop
 * (workers=0) and on a worker pool (workers=4) where the two paths differ.
 */
class MisbehavingClientsTest {
  private static final String ONE_REQUEST = "GET /one HTTP/1.1\r\nHost: x\r\n\r\n";

  private NettyHttpTransport server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  /** Answers with the path, after 100 ms for /slow; refuses with a marked body. */
  private static final class Handler implements HttpHandler {
    @Override
    public HttpResponse handle(HttpRequest request) {
      if (request.path().startsWith("/slow")) {
        RawHttp.sleep(Long.parseLong(request.query().getOrDefault("ms", "100")));
      }
      return new HttpResponse(200, Map.of(), request.path().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public HttpResponse refused(int status, String why) {
      return new HttpResponse(
          status, Map.of(), ("refused: " + why).getBytes(StandardCharsets.UTF_8));
    }
  }

  private void start(int workers) throws InterruptedException {
    start(workers, Duration.ofSeconds(20), Duration.ofSeconds(75));
  }

  private void start(int workers, Duration headerTimeout, Duration idleTimeout)
      throws InterruptedException {
    server =
        new NettyHttpTransport(
            new Handler(),
            new NettyHttpTransport.Options(
                "127.0.0.1",
                0,
                1,
                workers,
                16,
                NettyHttpTransport.Options.DEFAULT_MAX_BODY,
                headerTimeout,
                idleTimeout));
    server.start();
  }

  private Socket connect() throws Exception {
    Socket socket = new Socket("127.0.0.1", server.port());
    socket.setSoTimeout(10_000);
    return socket;
  }

  @ParameterizedTest(name = "workers={0}")
  @ValueSource(ints = {0, 4})
  void aWriteFollowedByAMalformedRequestGetsBothAnswersInOrder(int workers) throws Exception {
    start(workers);
    try (Socket socket = connect()) {
      send(socket, "POST /slow HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}" + "BAD\r\n\r\n");
      InputStream in = socket.getInputStream();

      assertThat(readResponse(in)).startsWith("HTTP/1.1 200").endsWith("/slow");
      assertThat(readResponse(in))
          .startsWith("HTTP/1.1 400")
          .containsIgnoringCase("connection: close")
          .endsWith("refused: The request is not valid HTTP/1.1.");
      assertThat(closedWithin(socket, 5000)).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"POST /?%zz", "GET /_orgd/health?a=%G1", "GET /%"})
  void aUriThatIsNotValidlyEncodedIsA400AndTheConnectionStays(String requestLine) throws Exception {
    start(0);
    try (Socket socket = connect()) {
      send(socket, requestLine + " HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n" + ONE_REQUEST);

      assertThat(readResponse(socket.getInputStream()))
          .startsWith("HTTP/1.1 400")
          .endsWith("refused: The request's URI is not validly percent-encoded.");
      assertThat(readResponse(socket.getInputStream())).startsWith("HTTP/1.1 200").endsWith("/one");
    }
  }

  @ParameterizedTest(name = "workers={0}")
  @ValueSource(ints = {0, 4})
  void aClientThatShutsItsOutputDownAfterItsRequestsStillGetsEveryAnswer(int workers)
      throws Exception {
    start(workers);
    try (Socket socket = connect()) {
      send(socket, "GET /slow HTTP/1.1\r\nHost: x\r\n\r\n" + ONE_REQUEST);
      socket.shutdownOutput();

      assertThat(readResponse(socket.getInputStream()))
          .startsWith("HTTP/1.1 200")
          .endsWith("/slow");
      assertThat(readResponse(socket.getInputStream())).startsWith("HTTP/1.1 200").endsWith("/one");
      assertThat(closedWithin(socket, 5000)).isTrue();
    }
  }

  @Test
  void headersOfSixtyFourKibibytesAreA431ThatTheClientCanRead() throws Exception {
    start(4);
    try (Socket socket = connect()) {
      send(socket, "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(64 * 1024) + "\r\n\r\n");

      assertThat(readResponse(socket.getInputStream()))
          .startsWith("HTTP/1.1 431")
          .containsIgnoringCase("connection: close")
          .endsWith("refused: The request's headers are too large.");
      assertThat(closedWithin(socket, 5000)).isTrue();
    }
  }

  @Test
  void twoThousandHeadersAreA431ThatTheClientCanRead() throws Exception {
    start(0);
    StringBuilder request = new StringBuilder("GET / HTTP/1.1\r\nHost: x\r\n");
    for (int i = 0; i < 2000; i++) {
      request.append("X-H").append(i).append(": v\r\n");
    }
    try (Socket socket = connect()) {
      send(socket, request.append("\r\n").toString());

      assertThat(readResponse(socket.getInputStream()))
          .startsWith("HTTP/1.1 431")
          .containsIgnoringCase("connection: close");
      assertThat(closedWithin(socket, 5000)).isTrue();
    }
  }

  @Test
  void anExpectationOtherThanContinueIsA417FromTheHandler() throws Exception {
    start(0);
    try (Socket socket = connect()) {
      send(socket, "POST / HTTP/1.1\r\nHost: x\r\nExpect: 200-ok\r\nContent-Length: 0\r\n\r\n");

      assertThat(readResponse(socket.getInputStream()))
          .startsWith("HTTP/1.1 417")
          .endsWith("refused: Expect: 200-ok is not supported.");
    }
  }

  @Test
  void anOversizedBodyAnnouncedWithExpectContinueIsA413FromTheHandlerAndACloseOfTheConnection()
      throws Exception {
    start(4);
    try (Socket socket = connect()) {
      send(
          socket,
          "POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: "
              + 3 * 1024 * 1024
              + "\r\n\r\n");

      assertThat(readResponse(socket.getInputStream()))
          .startsWith("HTTP/1.1 413")
          .containsIgnoringCase("connection: close")
          .endsWith("refused: The request body is larger than 2097152 bytes.");
      assertThat(closedWithin(socket, 5000)).isTrue();
    }
  }

  @Test
  void anOversizedKeepAliveBodyIsA413FromTheHandlerAndTheConnectionStays() throws Exception {
    start(0);
    try (Socket socket = connect()) {
      int size = 3 * 1024 * 1024;
      send(socket, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: " + size + "\r\n\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(new byte[size]);
      send(socket, ONE_REQUEST);

      assertThat(readResponse(socket.getInputStream()))
          .startsWith("HTTP/1.1 413")
          .doesNotContainIgnoringCase("connection: close")
          .endsWith("refused: The request body is larger than 2097152 bytes.");
      assertThat(readResponse(socket.getInputStream())).startsWith("HTTP/1.1 200").endsWith("/one");
    }
  }

  @Test
  void anHttp10RequestIsServedAndItsConnectionClosed() throws Exception {
    start(0);
    try (Socket socket = connect()) {
      send(socket, "GET /old HTTP/1.0\r\n\r\n");

      assertThat(readResponse(socket.getInputStream()))
          .startsWith("HTTP/1.0 200")
          .containsIgnoringCase("connection: close")
          .endsWith("/old");
      assertThat(closedWithin(socket, 5000)).isTrue();
    }
  }

  @Test
  void headersThatTrickleInPastTheHeaderTimeoutAreA408AndACloseOfTheConnection() throws Exception {
    start(0, Duration.ofMillis(300), Duration.ofSeconds(30));
    try (Socket socket = connect()) {
      send(socket, "GET / HTTP/1.1\r\n");
      RawHttp.sleep(150);
      send(socket, "Host: x\r\n");
      RawHttp.sleep(150);
      send(socket, "X-Slow: 1\r\n");

      assertThat(readResponse(socket.getInputStream()))
          .startsWith("HTTP/1.1 408")
          .containsIgnoringCase("connection: close");
      assertThat(closedWithin(socket, 5000)).isTrue();
    }
  }

  @Test
  void aConnectionThatStaysSilentIsClosedAfterTheIdleTimeout() throws Exception {
    start(0, Duration.ofSeconds(20), Duration.ofMillis(300));
    try (Socket never = connect();
        Socket kept = connect()) {
      send(kept, ONE_REQUEST);
      assertThat(readResponse(kept.getInputStream())).endsWith("/one");

      assertThat(closedWithin(never, 5000)).isTrue();
      assertThat(closedWithin(kept, 5000)).isTrue();
    }
  }

  @ParameterizedTest(name = "workers={0}")
  @ValueSource(ints = {0, 4})
  void aRequestThatTakesLongerThanTheIdleTimeoutIsStillAnswered(int workers) throws Exception {
    start(workers, Duration.ofSeconds(20), Duration.ofMillis(200));
    try (Socket socket = connect()) {
      send(socket, "GET /slow?ms=600 HTTP/1.1\r\nHost: x\r\n\r\n");

      assertThat(readResponse(socket.getInputStream())).startsWith("HTTP/1.1 200");
    }
  }
}
