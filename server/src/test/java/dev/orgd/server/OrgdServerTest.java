package dev.orgd.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orgd.core.store.Store;
import dev.orgd.store.jdbc.JdbcStore;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assembled server over a real socket, with the JDK's HTTP client. */
class OrgdServerTest {
  private static OrgdServer server;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  /** What orgd-dist's StoreFactory does for SQLite; the server itself knows only memory. */
  private static final Function<ServerConfig, Store> SQLITE =
      config -> JdbcStore.sqlite(config.dataDirOrDefault());

  @BeforeAll
  static void start() {
    server =
        OrgdServer.builder()
            .config(ServerConfig.ephemeral())
            .janitorInterval(Duration.ZERO)
            .build()
            .start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return CLIENT.send(request.build(), BodyHandlers.ofString());
  }

  private static HttpRequest.Builder aws(String operation, String body) {
    return aws(server, operation, body);
  }

  private static HttpRequest.Builder aws(OrgdServer target, String operation, String body) {
    return HttpRequest.newBuilder(target.endpoint())
        .header("Content-Type", "application/x-amz-json-1.1")
        .header("X-Amz-Target", "AWSOrganizationsV20161128." + operation)
        .header(
            "Authorization",
            "AWS4-HMAC-SHA256 Credential=999999999999/20240101/us-east-1/organizations/aws4_request,"
                + " SignedHeaders=host, Signature=00")
        .POST(BodyPublishers.ofString(body));
  }

  @Test
  void endpointNamesTheEphemeralPort() {
    assertThat(server.port()).isPositive();
    assertThat(server.endpoint()).isEqualTo(URI.create("http://127.0.0.1:" + server.port()));
  }

  @Test
  void awsCallsAreAnsweredOverHttp() throws Exception {
    HttpResponse<String> response = send(aws("DescribeOrganization", "{}"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("x-amzn-ErrorType"))
        .hasValue("AWSOrganizationsNotInUseException");
    assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
    assertThat(response.headers().firstValue("content-type"))
        .hasValue("application/x-amz-json-1.1");
  }

  @Test
  void healthNamesTheStorage() throws Exception {
    HttpResponse<String> response =
        send(HttpRequest.newBuilder(server.endpoint().resolve("/_orgd/health")));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"status\":\"ok\"", "\"storage\":\"memory\"");
  }

  @Test
  void onSqliteHealthNamesTheStorageAndItsSchemaAndDataOutlivesTheServer(@TempDir Path dir)
      throws Exception {
    ServerConfig config = ServerConfig.ephemeral().withSqlite(dir.resolve("data"));
    try (OrgdServer first =
        OrgdServer.builder().config(config).storeOpener(SQLITE).build().start()) {
      HttpResponse<String> health =
          send(HttpRequest.newBuilder(first.endpoint().resolve("/_orgd/health")));
      assertThat(health.body()).contains("\"storage\":\"sqlite\"", "\"schemaVersion\":\"9\"");
      assertThat(first.storageLocation())
          .isEqualTo(dir.resolve("data").resolve("orgd.db").toAbsolutePath().toString());
      assertThat(send(aws(first, "CreateOrganization", "{}")).statusCode()).isEqualTo(200);
    }

    try (OrgdServer second =
        OrgdServer.builder().config(config).storeOpener(SQLITE).build().start()) {
      HttpResponse<String> described = send(aws(second, "DescribeOrganization", "{}"));

      assertThat(described.statusCode()).isEqualTo(200);
      assertThat(described.body()).contains("\"MasterAccountId\":\"999999999999\"");
    }
  }

  @Test
  void aJdbcStorageWithoutAStoreOpenerIsRefusedBeforeListening(@TempDir Path dir) {
    ServerConfig config = ServerConfig.ephemeral().withSqlite(dir.resolve("data"));

    assertThatThrownBy(() -> OrgdServer.builder().config(config).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("storage 'sqlite' needs a store opener");
    assertThat(dir.resolve("data")).doesNotExist();
  }

  @Test
  void aBrowserThatOpensTheAddressIsSentToTheConsole() throws Exception {
    HttpResponse<String> root = send(HttpRequest.newBuilder(server.endpoint()));

    assertThat(root.statusCode()).isEqualTo(302);
    assertThat(root.headers().firstValue("Location")).contains("/_orgd/console/");
  }

  @Test
  void requestsThatAreNeitherAwsCallsNorRoutesGetAnAwsShaped404() throws Exception {
    HttpResponse<String> other = send(HttpRequest.newBuilder(server.endpoint().resolve("/x")));
    HttpResponse<String> postWithoutTarget =
        send(HttpRequest.newBuilder(server.endpoint()).POST(BodyPublishers.ofString("{}")));

    assertThat(other.statusCode()).isEqualTo(404);
    assertThat(other.body())
        .isEqualTo(
            "{\"__type\":\"UnknownOperationException\",\"message\":\"orgd has no route GET /x\"}");
    assertThat(other.headers().firstValue("x-amzn-RequestId")).isPresent();
    assertThat(postWithoutTarget.statusCode()).isEqualTo(404);
    assertThat(postWithoutTarget.headers().firstValue("x-amzn-ErrorType"))
        .contains("UnknownOperationException");
    assertThat(postWithoutTarget.headers().firstValue("Content-Type"))
        .contains("application/x-amz-json-1.1");
  }

  @Test
  void oversizedAwsRequestsGet413WithAnAwsError() throws Exception {
    String huge = "{\"Notes\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}";

    HttpResponse<String> response = send(aws("InviteAccountToOrganization", huge));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
    assertThat(response.headers().firstValue("x-amzn-ErrorType"))
        .contains("SerializationException");
    assertThat(response.body())
        .isEqualTo(
            "{\"__type\":\"SerializationException\",\"Message\":\"The request body is larger"
                + " than 2097152 bytes.\"}");
  }

  @Test
  void requestsThatAreNotHttpGet400WithAnAwsError() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket
          .getOutputStream()
          .write("\u0001\u0002 nonsense\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

      assertThat(answer)
          .startsWith("HTTP/1.1 400")
          .containsIgnoringCase("x-amzn-RequestId:")
          .endsWith(
              "{\"__type\":\"SerializationException\",\"Message\":\"The request is not valid"
                  + " HTTP/1.1.\"}");
    }
  }

  @Test
  void anOversizedBodyAnnouncedWithExpectContinueGets413WithAnAwsErrorAndARequestId()
      throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket
          .getOutputStream()
          .write(
              ("POST / HTTP/1.1\r\nHost: x\r\nX-Amz-Target: AWSOrganizationsV20161128.ListRoots"
                      + "\r\nExpect: 100-continue\r\nContent-Length: 3145728\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

      assertThat(answer)
          .startsWith("HTTP/1.1 413")
          .containsIgnoringCase("x-amzn-RequestId:")
          .containsIgnoringCase("connection: close")
          .endsWith(
              "{\"__type\":\"SerializationException\",\"Message\":\"The request body is larger"
                  + " than 2097152 bytes.\"}");
    }
  }

  @Test
  void theConfiguredIdleTimeoutClosesASilentConnection() throws Exception {
    try (OrgdServer quick =
            OrgdServer.builder()
                .config(
                    ServerConfig.ephemeral()
                        .withTimeouts(Duration.ofSeconds(5), Duration.ofMillis(200)))
                .build()
                .start();
        Socket socket = new Socket("127.0.0.1", quick.port())) {
      socket.setSoTimeout(5000);

      assertThat(socket.getInputStream().read()).isEqualTo(-1);
    }
  }

  @Test
  void aServerOnABlockingStoreRunsRequestsOnWorkers() throws Exception {
    try (OrgdServer pooled =
        OrgdServer.builder()
            .config(ServerConfig.ephemeral())
            .workerThreads(2)
            .janitorInterval(Duration.ofMillis(50))
            .build()
            .start()) {
      HttpResponse<String> response =
          send(HttpRequest.newBuilder(pooled.endpoint().resolve("/_orgd/health")));

      assertThat(response.statusCode()).isEqualTo(200);
    }
  }
}
