package dev.orgd.bench.target;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orgd.bench.scenario.AwsJson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A plain blocking AWS JSON 1.1 client for the few calls around a run: waiting for a server to
 * answer, creating the organization, making the handshakes a scenario reads. Not used for load.
 */
public final class SetupClient {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient http;
  private final URI uri;

  public SetupClient(int port) {
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    this.uri = URI.create("http://127.0.0.1:" + port + "/");
  }

  /** An answer: its status and its body parsed as JSON (an empty object when it is not JSON). */
  public record Reply(int status, String body) {
    public boolean ok() {
      return status >= 200 && status < 300;
    }

    public JsonNode json() {
      try {
        return JSON.readTree(body.isEmpty() ? "{}" : body);
      } catch (IOException e) {
        return JSON.createObjectNode();
      }
    }
  }

  /** Calls {@code operation} as the caller {@code accessKeyId}. */
  public Reply call(String operation, String accessKeyId, String jsonBody)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-amz-json-1.1")
            .header("X-Amz-Target", AwsJson.TARGET_PREFIX + operation)
            .header("X-Amz-Date", "20260101T000000Z")
            .header("Authorization", AwsJson.authorization(accessKeyId))
            .POST(HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8))
            .build();
    HttpResponse<String> response =
        http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Reply(response.statusCode(), response.body());
  }

  /** POSTs {@code jsonBody} to orgd's control plane at {@code path}; fails unless it is 2xx. */
  public JsonNode control(String path, String jsonBody) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(uri.resolve(path))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8))
            .build();
    HttpResponse<String> response =
        http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    Reply reply = new Reply(response.statusCode(), response.body());
    if (!reply.ok()) {
      throw new IOException(
          "POST " + path + " answered HTTP " + reply.status() + ": " + reply.body());
    }
    return reply.json();
  }

  /** Like {@link #call} but fails unless the answer is 2xx. */
  public JsonNode require(String operation, String accessKeyId, String jsonBody)
      throws IOException, InterruptedException {
    Reply reply = call(operation, accessKeyId, jsonBody);
    if (!reply.ok()) {
      throw new IOException(operation + " answered HTTP " + reply.status() + ": " + reply.body());
    }
    return reply.json();
  }

  /**
   * Calls {@code operation} until the server accepts connections and answers it, polling every few
   * milliseconds; fails when the answer is an error or {@code process} died or {@code limit}
   * passed.
   */
  public Reply awaitFirstAnswer(
      String operation, String accessKeyId, String jsonBody, ManagedProcess process, Duration limit)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (true) {
      try {
        return call(operation, accessKeyId, jsonBody);
      } catch (IOException e) { // refused, or reset while the server starts
        if (process != null && !process.alive()) {
          throw new IOException(
              process.name() + " exited during start-up:\n" + process.logTail(20), e);
        }
        if (System.nanoTime() > deadline) {
          throw new IOException("no answer within " + limit, e);
        }
        Thread.sleep(5);
      }
    }
  }
}
