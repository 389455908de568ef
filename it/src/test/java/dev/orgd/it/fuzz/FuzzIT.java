package dev.orgd.it.fuzz;

import static dev.orgd.it.support.Fixtures.ALICE;
import static dev.orgd.it.support.Fixtures.BOB;
import static dev.orgd.it.support.Fixtures.MGMT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orgd.it.support.ItOrgd;
import dev.orgd.junit5.OrgdExtension;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Thousands of requests over every operation of the model, most of them bad in some way (see {@link
 * Mutations}), on the backend of this run: none may get a 5xx, lose its connection, or get a body
 * that is neither an AWS error nor the operation's output. Seeded ({@code -Dorgd.fuzz.seed}, {@code
 * -Dorgd.fuzz.requests}), so a failure names the seed and request that reproduce it.
 */
class FuzzIT {
  @RegisterExtension static final OrgdExtension ORGD = ItOrgd.extension();

  private static final long SEED = Long.getLong("orgd.fuzz.seed", 20261202L);
  private static final int REQUESTS = Integer.getInteger("orgd.fuzz.requests", 2500);
  private static final String TARGET = "AWSOrganizationsV20161128.";
  private static final List<String> CALLERS = List.of(MGMT, MGMT, MGMT, ALICE, BOB, "987654321098");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Random random = new Random(SEED);
  private final Inputs inputs = new Inputs(random);
  private final Mutations mutations = new Mutations(random);
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final List<String> failures = new ArrayList<>();

  @Test
  void noBadRequestGetsA5xxADroppedConnectionOrABodyThatIsNotAws() throws Exception {
    call(
        0, MGMT, "CreateOrganization", "{\"FeatureSet\":\"ALL\"}".getBytes(StandardCharsets.UTF_8));
    List<String> operations = inputs.operations();

    for (int i = 1; i <= REQUESTS && failures.size() < 20; i++) {
      String operation = operations.get(random.nextInt(operations.size()));
      String caller = CALLERS.get(random.nextInt(CALLERS.size()));
      call(i, caller, operation, body(operation));
    }

    assertThat(failures).as("seed %d", SEED).isEmpty();
  }

  private byte[] body(String operation) {
    String shape = inputs.inputShape(operation);
    ObjectNode valid =
        shape == null ? JsonNodeFactory.instance.objectNode() : (ObjectNode) inputs.valid(shape);
    return random.nextInt(4) == 0
        ? valid.toString().getBytes(StandardCharsets.UTF_8)
        : mutations.mutate(valid);
  }

  private void call(int index, String caller, String operation, byte[] body)
      throws InterruptedException {
    String target = random.nextInt(50) == 0 ? TARGET + operation.toLowerCase() : TARGET + operation;
    HttpRequest request =
        HttpRequest.newBuilder(ORGD.runtime().endpoint())
            .header("Content-Type", "application/x-amz-json-1.1")
            .header("X-Amz-Target", target)
            .header(
                "Authorization",
                "AWS4-HMAC-SHA256 Credential="
                    + caller
                    + "/20260101/us-east-1/organizations/aws4_request, SignedHeaders=host,"
                    + " Signature=00")
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    String what = "#" + index + " " + operation + " " + preview(body);
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      check(what, operation, response);
      inputs.remember(response.body());
    } catch (IOException e) {
      failures.add(what + ": connection failed: " + e);
    }
  }

  private void check(String what, String operation, HttpResponse<String> response) {
    if (response.statusCode() >= 500) {
      failures.add(what + ": " + response.statusCode() + " " + response.body());
      return;
    }
    if (response.headers().firstValue("x-amzn-RequestId").isEmpty()) {
      failures.add(what + ": no request id");
    }
    JsonNode body;
    try {
      body = JSON.readTree(response.body());
    } catch (JsonProcessingException e) {
      failures.add(what + ": body is not JSON: " + response.body());
      return;
    }
    if (response.statusCode() == 200) {
      List<String> members = inputs.outputMembers(operation);
      body.fieldNames()
          .forEachRemaining(
              name -> {
                if (!members.contains(name)) {
                  failures.add(what + ": output member " + name + " is not in the model");
                }
              });
    } else if (!body.path("__type").isTextual()
        || !body.path("Message").isTextual()
        || !response
            .headers()
            .firstValue("x-amzn-ErrorType")
            .orElse("")
            .equals(body.path("__type").asText())) {
      failures.add(what + ": not an AWS error: " + response.statusCode() + " " + response.body());
    }
  }

  private static String preview(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    return text.length() > 200 ? text.substring(0, 200) + "... (" + body.length + " bytes)" : text;
  }
}
