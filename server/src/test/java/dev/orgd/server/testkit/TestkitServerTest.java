package dev.orgd.server.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orgd.server.OrgdServer;
import dev.orgd.server.ServerConfig;
import dev.orgd.store.jdbc.JdbcStore;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Faults, the request journal, metrics and state snapshots over a real socket. */
class TestkitServerTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MGMT = "111111111111";
  private static OrgdServer server;

  @BeforeAll
  static void start() {
    server = OrgdServer.builder().janitorInterval(Duration.ZERO).build().start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void reset() throws Exception {
    control(server, "POST", "/_orgd/reset", "");
  }

  private static HttpResponse<String> aws(OrgdServer target, String account, String op, String body)
      throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(target.endpoint())
            .header("Content-Type", "application/x-amz-json-1.1")
            .header("X-Amz-Target", "AWSOrganizationsV20161128." + op)
            .header(
                "Authorization",
                "AWS4-HMAC-SHA256 Credential="
                    + account
                    + "/20240101/us-east-1/organizations/aws4_request, SignedHeaders=host,"
                    + " Signature=secretsignature")
            .POST(BodyPublishers.ofString(body))
            .build(),
        BodyHandlers.ofString());
  }

  private static HttpResponse<String> aws(String account, String op, String body) throws Exception {
    return aws(server, account, op, body);
  }

  private static HttpResponse<String> control(
      OrgdServer target, String method, String path, String body) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(target.endpoint().resolve(path))
            .method(method, BodyPublishers.ofString(body))
            .build(),
        BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body());
  }

  private static String addFault(String rule) throws Exception {
    HttpResponse<String> added = control(server, "POST", "/_orgd/faults", rule);
    assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
    return json(added).get("id").asText();
  }

  @Test
  void aThrottleFiresTheGivenNumberOfTimesForTheGivenAccountOnly() throws Exception {
    aws(MGMT, "CreateOrganization", "{}");
    String id =
        addFault(
            "{\"operation\": \"DescribeOrganization\", \"account\": \"111111111111\","
                + " \"error\": \"TooManyRequestsException\", \"times\": 2}");

    assertThat(aws("222222222222", "DescribeOrganization", "{}").statusCode()).isEqualTo(400);
    for (int i = 0; i < 2; i++) {
      HttpResponse<String> throttled = aws(MGMT, "DescribeOrganization", "{}");
      assertThat(throttled.statusCode()).isEqualTo(400);
      assertThat(throttled.headers().firstValue("x-amzn-ErrorType"))
          .hasValue("TooManyRequestsException");
      assertThat(json(throttled).get("Message").asText())
          .contains("another request is already in progress");
    }
    assertThat(aws(MGMT, "DescribeOrganization", "{}").statusCode()).isEqualTo(200);

    JsonNode faults = json(control(server, "GET", "/_orgd/faults", ""));
    assertThat(faults.get("faults")).hasSize(1);
    assertThat(faults.get("faults").get(0).get("id").asText()).isEqualTo(id);
    assertThat(faults.get("faults").get(0).get("fired").asInt()).isEqualTo(2);
  }

  @Test
  void anInjectedErrorChangesNoStateAndCarriesItsReason() throws Exception {
    aws(MGMT, "CreateOrganization", "{}");
    addFault(
        "{\"operation\": \"InviteAccountToOrganization\", \"error\":"
            + " \"HandshakeConstraintViolationException\", \"reason\": \"ALREADY_IN_AN_ORGANIZATION\","
            + " \"times\": 1}");

    HttpResponse<String> refused =
        aws(
            MGMT,
            "InviteAccountToOrganization",
            "{\"Target\": {\"Type\": \"ACCOUNT\", \"Id\": \"222222222222\"}}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json(refused).get("__type").asText())
        .isEqualTo("HandshakeConstraintViolationException");
    assertThat(json(refused).get("Reason").asText()).isEqualTo("ALREADY_IN_AN_ORGANIZATION");
    JsonNode listed = json(aws(MGMT, "ListHandshakesForOrganization", "{}"));
    assertThat(listed.get("Handshakes")).isEmpty();
  }

  @Test
  void aServiceExceptionIs500() throws Exception {
    addFault("{\"operation\": \"*\", \"error\": \"ServiceException\", \"times\": 1}");
    HttpResponse<String> failed = aws(MGMT, "CreateOrganization", "{}");
    assertThat(failed.statusCode()).isEqualTo(500);
    assertThat(json(failed).get("__type").asText()).isEqualTo("ServiceException");
    assertThat(aws(MGMT, "DescribeOrganization", "{}").headers().firstValue("x-amzn-ErrorType"))
        .hasValue("AWSOrganizationsNotInUseException");
  }

  @Test
  void rulesThatCannotWorkAre400() throws Exception {
    for (String bad :
        List.of(
            "{\"operation\": \"NoSuchOperation\", \"error\": \"ServiceException\"}",
            "{\"operation\": \"DescribeOrganization\", \"error\": \"HandshakeNotFoundException\"}",
            "{\"operation\": \"DescribeOrganization\"}",
            "{\"operation\": \"DescribeOrganization\", \"emptyPages\": 2}",
            "{\"operation\": \"DescribeOrganization\", \"delayMs\": -1}",
            "{\"operation\": \"*\", \"delayMs\": 1, \"probability\": 1.5}",
            "{\"operation\": \"*\", \"delayMs\": 1, \"times\": 1, \"probability\": 0.5}",
            "{\"operation\": \"*\", \"delayMs\": 1, \"account\": \"12\"}",
            "{\"operation\": \"InviteAccountToOrganization\", \"error\":"
                + " \"HandshakeConstraintViolationException\", \"reason\": \"NOPE\"}",
            "{\"operation\": \"*\", \"delayMs\": \"1\"}",
            "{\"operation\": \"*\", \"delayMs\": 1, \"color\": \"red\"}")) {
      HttpResponse<String> answer = control(server, "POST", "/_orgd/faults", bad);
      assertThat(answer.statusCode()).as(bad).isEqualTo(400);
      assertThat(json(answer).get("error").asText()).as(bad).isNotBlank();
    }
    assertThat(json(control(server, "GET", "/_orgd/faults", "")).get("faults")).isEmpty();
  }

  @Test
  void aSeededProbabilityFiresTheSameCallsInEveryRun() throws Exception {
    List<List<Integer>> runs = new ArrayList<>();
    for (int run = 0; run < 2; run++) {
      control(server, "DELETE", "/_orgd/faults", "");
      addFault(
          "{\"operation\": \"DescribeOrganization\", \"error\": \"ServiceException\","
              + " \"probability\": 0.3, \"seed\": 7}");
      List<Integer> statuses = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        statuses.add(aws(MGMT, "DescribeOrganization", "{}").statusCode());
      }
      runs.add(statuses);
    }
    assertThat(runs.get(0)).isEqualTo(runs.get(1)).contains(500).contains(400);
  }

  @Test
  void aDelayAnswersLaterWithoutHoldingOtherCalls() throws Exception {
    addFault("{\"operation\": \"DescribeOrganization\", \"delayMs\": 400, \"times\": 1}");
    long started = System.nanoTime();
    var slow =
        CLIENT.sendAsync(
            HttpRequest.newBuilder(server.endpoint())
                .header("X-Amz-Target", "AWSOrganizationsV20161128.DescribeOrganization")
                .POST(BodyPublishers.ofString("{}"))
                .build(),
            BodyHandlers.ofString());
    Thread.sleep(50);
    long fastStarted = System.nanoTime();
    aws(MGMT, "ListRoots", "{}");
    long fast = System.nanoTime() - fastStarted;
    assertThat(slow.get().statusCode()).isEqualTo(400);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(390));
    assertThat(Duration.ofNanos(fast)).isLessThan(Duration.ofMillis(300));
  }

  @Test
  void emptyPagesCarryATokenThatNeitherSkipsNorRepeats() throws Exception {
    aws(MGMT, "CreateOrganization", "{}");
    List<String> invited = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      JsonNode h =
          json(
              aws(
                  MGMT,
                  "InviteAccountToOrganization",
                  "{\"Target\": {\"Type\": \"ACCOUNT\", \"Id\": \"20000000000" + i + "\"}}"));
      invited.add(0, h.get("Handshake").get("Id").asText());
    }
    addFault("{\"operation\": \"ListHandshakesForOrganization\", \"emptyPages\": 3}");

    List<String> seen = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    String token = null;
    do {
      String body =
          token == null
              ? "{\"MaxResults\": 2}"
              : "{\"MaxResults\": 2, \"NextToken\": \"" + token + "\"}";
      JsonNode page = json(aws(MGMT, "ListHandshakesForOrganization", body));
      page.get("Handshakes").forEach(h -> seen.add(h.get("Id").asText()));
      sizes.add(page.get("Handshakes").size());
      token = page.hasNonNull("NextToken") ? page.get("NextToken").asText() : null;
      if (token != null) {
        tokens.add(token);
      }
    } while (token != null);

    assertThat(seen).isEqualTo(invited);
    assertThat(sizes).containsExactly(0, 0, 0, 2, 2, 1);
    assertThat(tokens).doesNotHaveDuplicates();
  }

  @Test
  void theJournalKeepsCallsNewestFirstFilteredAndWithoutSecrets() throws Exception {
    aws(MGMT, "CreateOrganization", "{}");
    aws("222222222222", "DescribeOrganization", "{}");
    aws(MGMT, "DescribeOrganization", "{}");

    JsonNode all = json(control(server, "GET", "/_orgd/requests", "")).get("requests");
    assertThat(all).hasSize(3);
    assertThat(all.get(0).get("operation").asText()).isEqualTo("DescribeOrganization");
    assertThat(all.get(0).get("account").asText()).isEqualTo(MGMT);
    assertThat(all.get(2).get("operation").asText()).isEqualTo("CreateOrganization");
    for (String field :
        List.of("time", "requestId", "account", "operation", "status", "latencyMs")) {
      assertThat(all.get(0).has(field)).as(field).isTrue();
    }
    assertThat(all.toString()).doesNotContain("secretsignature").doesNotContain("Signature");

    JsonNode errors =
        json(control(server, "GET", "/_orgd/requests?outcome=error", "")).get("requests");
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).get("errorCode").asText())
        .isEqualTo("AWSOrganizationsNotInUseException");
    assertThat(errors.get(0).get("status").asInt()).isEqualTo(400);
    assertThat(
            json(control(
                    server,
                    "GET",
                    "/_orgd/requests?operation=DescribeOrganization&account=111111111111",
                    ""))
                .get("requests"))
        .hasSize(1);
    assertThat(control(server, "GET", "/_orgd/requests?color=red", "").statusCode()).isEqualTo(400);

    control(server, "DELETE", "/_orgd/requests", "");
    assertThat(json(control(server, "GET", "/_orgd/requests", "")).get("requests")).isEmpty();
  }

  @Test
  void metricsCountCallsByOperationAndOutcomeInThePrometheusFormat() throws Exception {
    aws(MGMT, "DescribeOrganization", "{}");
    aws(MGMT, "CreateOrganization", "{}");
    HttpResponse<String> metrics = control(server, "GET", "/_orgd/metrics", "");

    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
    assertThat(metrics.body())
        .contains("orgd_calls_total{operation=\"CreateOrganization\",outcome=\"ok\"}")
        .contains(
            "orgd_calls_total{operation=\"DescribeOrganization\",outcome=\"AWSOrganizationsNotInUseException\"}")
        .contains("orgd_call_duration_seconds_bucket{operation=\"CreateOrganization\",le=")
        .contains("orgd_store_info{storage=\"memory\"} 1")
        .contains("orgd_fault_rules 0");
  }

  @Test
  void aSnapshotOfMemoryLoadsOnSqliteAndBack(@TempDir Path dir) throws Exception {
    aws(MGMT, "CreateOrganization", "{}");
    aws(
        MGMT,
        "InviteAccountToOrganization",
        "{\"Target\": {\"Type\": \"ACCOUNT\", \"Id\": \"222222222222\"}, \"Notes\": \"hi\"}");
    JsonNode root = json(aws(MGMT, "ListRoots", "{}")).get("Roots").get(0);
    aws(
        MGMT,
        "CreateOrganizationalUnit",
        "{\"ParentId\": \"" + root.get("Id").asText() + "\", \"Name\": \"Prod\"}");
    aws(
        MGMT,
        "TagResource",
        "{\"ResourceId\": \""
            + root.get("Id").asText()
            + "\", \"Tags\": [{\"Key\": \"k\", \"Value\": \"v\"}]}");
    control(server, "POST", "/_orgd/clock", "{\"advance\": \"P1D\"}");
    String snapshot = control(server, "GET", "/_orgd/state", "").body();
    JsonNode document = JSON.readTree(snapshot);
    assertThat(document.get("format").asText()).isEqualTo("orgd-state");
    assertThat(document.get("version").asInt()).isEqualTo(2);

    try (JdbcStore sqlite = JdbcStore.sqlite(dir);
        OrgdServer other =
            OrgdServer.builder()
                .config(ServerConfig.ephemeral())
                .store(sqlite)
                .janitorInterval(Duration.ZERO)
                .build()
                .start()) {
      HttpResponse<String> loaded = control(other, "POST", "/_orgd/state", snapshot);
      assertThat(loaded.statusCode()).as(loaded.body()).isEqualTo(200);
      assertThat(json(aws(other, MGMT, "DescribeOrganization", "{}")))
          .isEqualTo(json(aws(MGMT, "DescribeOrganization", "{}")));
      assertThat(json(aws(other, MGMT, "ListHandshakesForOrganization", "{}")).get("Handshakes"))
          .isEqualTo(json(aws(MGMT, "ListHandshakesForOrganization", "{}")).get("Handshakes"));
      assertThat(
              json(
                  aws(
                      other,
                      MGMT,
                      "ListOrganizationalUnitsForParent",
                      "{\"ParentId\": \"" + root.get("Id").asText() + "\"}")))
          .isEqualTo(
              json(
                  aws(
                      MGMT,
                      "ListOrganizationalUnitsForParent",
                      "{\"ParentId\": \"" + root.get("Id").asText() + "\"}")));
      JsonNode back = JSON.readTree(control(other, "GET", "/_orgd/state", "").body());
      assertThat(back.get("sections")).isEqualTo(document.get("sections"));
    }
  }

  private static JsonNode ok(OrgdServer target, String account, String op, String body)
      throws Exception {
    HttpResponse<String> answer = aws(target, account, op, body);
    assertThat(answer.statusCode()).as(op + " " + answer.body()).isEqualTo(200);
    return json(answer);
  }

  /**
   * Every aggregate the store keeps, built through the API on SQLite, loads into memory as it was:
   * the memory store's export is the SQLite store's, and the API answers the same.
   */
  @Test
  void everyAggregateOfSqliteLoadsIntoMemoryAsItWas(@TempDir Path dir) throws Exception {
    String payer = "444444444444";
    try (JdbcStore sqlite = JdbcStore.sqlite(dir);
        OrgdServer source =
            OrgdServer.builder()
                .config(ServerConfig.ephemeral())
                .store(sqlite)
                .janitorInterval(Duration.ZERO)
                .build()
                .start();
        OrgdServer target = OrgdServer.builder().janitorInterval(Duration.ZERO).build().start()) {
      control(
          source, "POST", "/_orgd/clock", "{\"set\": \"2030-01-10T00:00:00Z\", \"freeze\": true}");
      assertThat(
              control(
                      source,
                      "POST",
                      "/_orgd/accounts",
                      "{\"AccountId\": \"" + MGMT + "\", \"GovCloudAccountId\": \"999999999999\"}")
                  .statusCode())
          .isEqualTo(200);
      ok(source, MGMT, "CreateOrganization", "{}");
      String root = ok(source, MGMT, "ListRoots", "{}").at("/Roots/0/Id").asText();
      String prod =
          ok(
                  source,
                  MGMT,
                  "CreateOrganizationalUnit",
                  "{\"ParentId\": \"" + root + "\", \"Name\": \"Prod\"}")
              .at("/OrganizationalUnit/Id")
              .asText();
      String web =
          ok(
                  source,
                  MGMT,
                  "CreateOrganizationalUnit",
                  "{\"ParentId\": \"" + prod + "\", \"Name\": \"Web\"}")
              .at("/OrganizationalUnit/Id")
              .asText();
      ok(
          source,
          MGMT,
          "CreateGovCloudAccount",
          "{\"Email\": \"gov@example.com\", \"AccountName\": \"gov\"}");
      String closed =
          ok(
                  source,
                  MGMT,
                  "CreateAccount",
                  "{\"Email\": \"closed@example.com\", \"AccountName\": \"closed\"}")
              .at("/CreateAccountStatus/AccountId")
              .asText();
      ok(
          source,
          MGMT,
          "MoveAccount",
          "{\"AccountId\": \""
              + closed
              + "\", \"SourceParentId\": \""
              + root
              + "\", \"DestinationParentId\": \""
              + web
              + "\"}");
      ok(source, MGMT, "CloseAccount", "{\"AccountId\": \"" + closed + "\"}");
      String tags = "\"Tags\": [{\"Key\": \"team\", \"Value\": \"core\"}]";
      ok(
          source,
          MGMT,
          "PutResourcePolicy",
          "{\"Content\": \"{\\\"Version\\\": \\\"2012-10-17\\\", \\\"Statement\\\": [{\\\"Effect\\\":"
              + " \\\"Allow\\\", \\\"Principal\\\": {\\\"AWS\\\": \\\"arn:aws:iam::"
              + MGMT
              + ":root\\\"}, \\\"Action\\\": \\\"organizations:DescribeOrganization\\\","
              + " \\\"Resource\\\": \\\"*\\\"}]}\", "
              + tags
              + "}");
      ok(
          source,
          MGMT,
          "TagResource",
          "{\"ResourceId\": \"" + root + "\", \"Tags\": [{\"Key\": \"k\", \"Value\": \"v\"}]}");
      ok(
          source,
          MGMT,
          "EnablePolicyType",
          "{\"RootId\": \"" + root + "\", \"PolicyType\": \"TAG_POLICY\"}");
      ok(
          source,
          MGMT,
          "EnablePolicyType",
          "{\"RootId\": \"" + root + "\", \"PolicyType\": \"SERVICE_CONTROL_POLICY\"}");
      String scp =
          ok(
                  source,
                  MGMT,
                  "CreatePolicy",
                  "{\"Name\": \"deny-leave\", \"Description\": \"d\", \"Type\":"
                      + " \"SERVICE_CONTROL_POLICY\", \"Content\": \"{\\\"Version\\\":"
                      + " \\\"2012-10-17\\\", \\\"Statement\\\": [{\\\"Effect\\\": \\\"Deny\\\","
                      + " \\\"Action\\\": \\\"organizations:LeaveOrganization\\\", \\\"Resource\\\":"
                      + " \\\"*\\\"}]}\", "
                      + tags
                      + "}")
              .at("/Policy/PolicySummary/Id")
              .asText();
      String tagPolicy =
          ok(
                  source,
                  MGMT,
                  "CreatePolicy",
                  "{\"Name\": \"tags\", \"Description\": \"\", \"Type\": \"TAG_POLICY\","
                      + " \"Content\": \"{\\\"tags\\\": {}}\", \"Tags\": [{\"Key\": \"a\", \"Value\":"
                      + " \"b\"}]}")
              .at("/Policy/PolicySummary/Id")
              .asText();
      ok(
          source,
          MGMT,
          "AttachPolicy",
          "{\"PolicyId\": \"" + scp + "\", \"TargetId\": \"" + prod + "\"}");
      ok(
          source,
          MGMT,
          "AttachPolicy",
          "{\"PolicyId\": \"" + tagPolicy + "\", \"TargetId\": \"" + root + "\"}");
      ok(source, payer, "CreateOrganization", "{}");
      String transfer =
          ok(
                  source,
                  payer,
                  "InviteOrganizationToTransferResponsibility",
                  "{\"Type\": \"BILLING\", \"Target\": {\"Id\": \""
                      + MGMT
                      + "\", \"Type\": \"ACCOUNT\"}, \"StartTimestamp\": "
                      + java.time.Instant.parse("2030-03-01T00:00:00Z").getEpochSecond()
                      + ", \"SourceName\": \"billing\", "
                      + tags
                      + "}")
              .at("/Handshake/Resources/0/Value")
              .asText();

      JsonNode exported = JSON.readTree(control(source, "GET", "/_orgd/state", "").body());
      JsonNode sections = exported.get("sections");
      assertThat(exported.get("version").asInt()).isEqualTo(2);
      for (String section :
          List.of(
              "organizationalUnits",
              "resourcePolicies",
              "enabledPolicyTypes",
              "policies",
              "policyAttachments",
              "responsibilityTransfers")) {
        assertThat(sections.get(section)).as(section).isNotEmpty();
      }
      assertThat(sections.get("resourceTags").findValuesAsText("resourceId"))
          .anyMatch(id -> id.startsWith("rp-"))
          .contains(root, scp, tagPolicy);
      assertThat(sections.get("accounts").findValuesAsText("closureRequestedAt")).isNotEmpty();
      assertThat(sections.get("accounts").findValuesAsText("govCloudAccountId"))
          .contains("999999999999");
      assertThat(sections.get("createAccountRequests").toString()).contains("govCloudAccountId");

      HttpResponse<String> loaded = control(target, "POST", "/_orgd/state", exported.toString());
      assertThat(loaded.statusCode()).as(loaded.body()).isEqualTo(200);
      JsonNode again = JSON.readTree(control(target, "GET", "/_orgd/state", "").body());
      assertThat(again.get("sections")).isEqualTo(sections);

      for (String[] call :
          List.of(
              new String[] {MGMT, "DescribeAccount", "{\"AccountId\": \"" + closed + "\"}"},
              new String[] {MGMT, "ListAccounts", "{}"},
              new String[] {MGMT, "DescribeResourcePolicy", "{}"},
              new String[] {MGMT, "ListTagsForResource", "{\"ResourceId\": \"" + scp + "\"}"},
              new String[] {MGMT, "ListRoots", "{}"},
              new String[] {
                MGMT,
                "ListPoliciesForTarget",
                "{\"TargetId\": \"" + prod + "\", \"Filter\": \"SERVICE_CONTROL_POLICY\"}"
              },
              new String[] {MGMT, "ListTargetsForPolicy", "{\"PolicyId\": \"" + tagPolicy + "\"}"},
              new String[] {
                payer, "DescribeResponsibilityTransfer", "{\"Id\": \"" + transfer + "\"}"
              },
              new String[] {
                MGMT, "ListOutboundResponsibilityTransfers", "{\"Type\": \"BILLING\"}"
              })) {
        assertThat(ok(target, call[0], call[1], call[2]))
            .as(call[1])
            .isEqualTo(ok(source, call[0], call[1], call[2]));
      }
    }
  }

  @Test
  void aBadDocumentIs400AndChangesNothing() throws Exception {
    aws(MGMT, "CreateOrganization", "{}");
    String before =
        JSON.readTree(control(server, "GET", "/_orgd/state", "").body()).get("sections").toString();
    JsonNode good = JSON.readTree(control(server, "GET", "/_orgd/state", "").body());
    String goodSections = good.get("sections").toString();
    for (String bad :
        List.of(
            "[]",
            "{\"format\": \"other\", \"version\": 2, \"sections\": {}}",
            "{\"format\": \"orgd-state\", \"version\": 99, \"sections\": {}}",
            "{\"format\": \"orgd-state\", \"version\": 2, \"sections\": {\"nope\": []}}",
            "{\"format\": \"orgd-state\", \"version\": 2, \"sections\": {\"accounts\": {}}}",
            "{\"format\": \"orgd-state\", \"version\": 2, \"sections\": "
                + goodSections.replace("\"o-", "\"x-")
                + "}",
            "{\"format\": \"orgd-state\", \"version\": 2, \"sections\": {\"accounts\": [{\"id\": 5}]}}")) {
      HttpResponse<String> answer = control(server, "POST", "/_orgd/state", bad);
      assertThat(answer.statusCode()).as(bad).isEqualTo(400);
      assertThat(json(answer).get("error").asText()).as(bad).isNotBlank();
    }
    assertThat(
            JSON.readTree(control(server, "GET", "/_orgd/state", "").body())
                .get("sections")
                .toString())
        .isEqualTo(before);
  }

  @Test
  void aSeedFileIsLoadedBeforeTheServerListens(@TempDir Path dir) throws Exception {
    aws(MGMT, "CreateOrganization", "{}");
    Path seed = dir.resolve("seed.json");
    Files.writeString(seed, control(server, "GET", "/_orgd/state", "").body());
    try (OrgdServer seeded = OrgdServer.builder().seed(seed).build().start()) {
      assertThat(aws(seeded, MGMT, "DescribeOrganization", "{}").statusCode()).isEqualTo(200);
    }
    // Version 1 documents predate the accounts' closure and GovCloud components.
    Files.writeString(seed, "{\"format\": \"orgd-state\", \"version\": 1, \"sections\": {}}");
    assertThatThrownBy(() -> OrgdServer.builder().seed(seed).build())
        .hasMessageContaining("seed file")
        .hasMessageContaining("version 1");
  }

  @Test
  void handshakesCreatedAfterALoadSortAfterTheLoadedOnesAtAFrozenInstant() throws Exception {
    control(
        server, "POST", "/_orgd/clock", "{\"set\": \"2030-01-01T00:00:00Z\", \"freeze\": true}");
    aws(MGMT, "CreateOrganization", "{}");
    for (int i = 1; i <= 3; i++) {
      aws(
          MGMT,
          "InviteAccountToOrganization",
          "{\"Target\": {\"Type\": \"ACCOUNT\", \"Id\": \"30000000000" + i + "\"}}");
    }
    String snapshot = control(server, "GET", "/_orgd/state", "").body();

    try (OrgdServer fresh = OrgdServer.builder().janitorInterval(Duration.ZERO).build().start()) {
      assertThat(control(fresh, "POST", "/_orgd/state", snapshot).statusCode()).isEqualTo(200);
      String newest =
          json(aws(
                  fresh,
                  MGMT,
                  "InviteAccountToOrganization",
                  "{\"Target\": {\"Type\": \"ACCOUNT\", \"Id\": \"300000000009\"}}"))
              .get("Handshake")
              .get("Id")
              .asText();

      List<String> walked = new ArrayList<>();
      String token = null;
      do {
        String body =
            token == null
                ? "{\"MaxResults\": 1}"
                : "{\"MaxResults\": 1, \"NextToken\": \"" + token + "\"}";
        JsonNode page = json(aws(fresh, MGMT, "ListHandshakesForOrganization", body));
        page.get("Handshakes").forEach(h -> walked.add(h.get("Id").asText()));
        token = page.hasNonNull("NextToken") ? page.get("NextToken").asText() : null;
      } while (token != null);
      assertThat(walked).hasSize(4).doesNotHaveDuplicates().startsWith(newest);
    }
  }
}
