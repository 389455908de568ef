package dev.orgd.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** orgd's control plane ({@code /_orgd/...}, CONTRACT section 8) as the tests use it. */
public final class ControlPlane {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final URI endpoint;

  public ControlPlane(URI endpoint) {
    this.endpoint = endpoint;
  }

  /** Forgets every organization, account and handshake; the clock goes back to real time. */
  public void reset() {
    post("/_orgd/reset", Map.of());
  }

  public JsonNode health() {
    return send(HttpRequest.newBuilder(uri("/_orgd/health")).GET(), 200);
  }

  /** The server's current time. */
  public Instant now() {
    JsonNode clock = send(HttpRequest.newBuilder(uri("/_orgd/clock")).GET(), 200);
    return toInstant(clock.get("now"));
  }

  /** Moves orgd's clock forward by an ISO-8601 duration such as {@code P15DT1S}. */
  public Instant advance(String isoDuration) {
    return toInstant(post("/_orgd/clock", Map.of("advance", isoDuration)).get("now"));
  }

  /** Sets the clock to {@code at} and stops it there (every request then sees that instant). */
  public Instant freezeAt(Instant at) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("set", at.toString());
    body.put("freeze", true);
    return toInstant(post("/_orgd/clock", body).get("now"));
  }

  /** Registers the email and name of an account. */
  public void registerAccount(String accountId, String email, String name) {
    post("/_orgd/accounts", Map.of("AccountId", accountId, "Email", email, "Name", name));
  }

  /** Pairs an account with an AWS GovCloud (US) account (CreateGovCloudAccount needs it). */
  public void pairGovCloudAccount(String accountId, String govCloudAccountId) {
    post("/_orgd/accounts", Map.of("AccountId", accountId, "GovCloudAccountId", govCloudAccountId));
  }

  /** Sets one organization's account quota. */
  public void setMaxAccounts(String organizationId, int maxAccounts) {
    post("/_orgd/quotas", Map.of("OrganizationId", organizationId, "MaxAccounts", maxAccounts));
  }

  /** Makes orgd recognize a service principal it does not know, until the server stops. */
  public void addServicePrincipal(String servicePrincipal) {
    post("/_orgd/service-principals", Map.of("ServicePrincipal", servicePrincipal));
  }

  private JsonNode post(String path, Map<String, ?> body) {
    try {
      return send(
          HttpRequest.newBuilder(uri(path))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))),
          200);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private JsonNode send(HttpRequest.Builder request, int expectedStatus) {
    try {
      HttpResponse<String> response =
          http.send(
              request.timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != expectedStatus) {
        throw new AssertionError(
            "control plane "
                + response.request().method()
                + " "
                + response.request().uri()
                + " answered "
                + response.statusCode()
                + ": "
                + response.body());
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    return endpoint.resolve(path);
  }

  private static Instant toInstant(JsonNode epochSeconds) {
    if (epochSeconds == null || !epochSeconds.isNumber()) {
      throw new AssertionError("control plane clock has no numeric 'now': " + epochSeconds);
    }
    return Instant.ofEpochMilli(epochSeconds.decimalValue().movePointRight(3).longValue());
  }
}
