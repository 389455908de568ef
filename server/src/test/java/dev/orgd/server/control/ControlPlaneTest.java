package dev.orgd.server.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.orgd.core.error.OrgdException;
import dev.orgd.core.model.Account;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.FeatureSet;
import dev.orgd.core.model.PartyType;
import dev.orgd.core.service.IdSource;
import dev.orgd.core.service.Orgd;
import dev.orgd.core.store.InMemoryStore;
import dev.orgd.core.store.Store;
import dev.orgd.core.store.StoreTx;
import dev.orgd.core.store.WriteScope;
import dev.orgd.server.http.HttpRequest;
import dev.orgd.server.http.HttpResponse;
import dev.orgd.server.protocol.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ControlPlaneTest {
  private static final Instant REAL_NOW = Instant.parse("2024-05-01T10:00:00Z");
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private final InMemoryStore store = new InMemoryStore();
  private final Orgd orgd =
      new Orgd(store, Clock.fixed(REAL_NOW, ZoneOffset.UTC), IdSource.seeded(3));
  private final ControlPlane control =
      new ControlPlane(orgd.control(), orgd.servicePrincipals(), store, "9.9.9", new JsonCodec());

  private HttpResponse call(String method, String path, String body) {
    return control.handle(
        new HttpRequest(method, path, Map.of(), Map.of(), body.getBytes(StandardCharsets.UTF_8)));
  }

  private static JsonNode json(HttpResponse response) {
    try {
      return MAPPER.readTree(response.body());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void healthReportsStorageVersionAndSchema() {
    HttpResponse response = call("GET", "/_orgd/health", "");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.bodyText())
        .isEqualTo(
            "{\"status\":\"ok\",\"storage\":\"memory\",\"version\":\"9.9.9\",\"schemaVersion\":\"n/a\"}");
  }

  @Test
  void aStoreThatFailsGives500WithItsMessage() {
    Store broken = new UnreachableStore();
    Orgd onBroken = new Orgd(broken, Clock.systemUTC(), IdSource.seeded(1));
    ControlPlane plane =
        new ControlPlane(
            onBroken.control(), onBroken.servicePrincipals(), broken, "9.9.9", new JsonCodec());

    HttpResponse clock =
        plane.handle(new HttpRequest("GET", "/_orgd/clock", Map.of(), Map.of(), new byte[0]));
    HttpResponse health =
        plane.handle(new HttpRequest("GET", "/_orgd/health", Map.of(), Map.of(), new byte[0]));

    assertThat(clock.status()).isEqualTo(500);
    assertThat(clock.bodyText()).isEqualTo("{\"error\":\"The postgres database is unavailable\"}");
    assertThat(health.status()).isEqualTo(200);
  }

  /** A store whose database cannot be reached. */
  private static final class UnreachableStore implements Store {
    @Override
    public <T> T read(Function<StoreTx, T> work) {
      throw OrgdException.service("The postgres database is unavailable");
    }

    @Override
    public <T> T write(WriteScope scope, Function<StoreTx, T> work) {
      throw OrgdException.service("The postgres database is unavailable");
    }

    @Override
    public String kind() {
      return "postgres";
    }

    @Override
    public String schemaVersion() {
      return "1";
    }

    @Override
    public void close() {}
  }

  @Test
  void clockReadsAsEpochSecondsAndAdvances() {
    assertThat(call("GET", "/_orgd/clock", "").bodyText())
        .isEqualTo("{\"now\":1714557600.000,\"frozen\":false}");

    HttpResponse advanced = call("POST", "/_orgd/clock", "{\"advance\": \"P15DT1S\"}");

    assertThat(json(advanced).get("now").decimalValue().longValue())
        .isEqualTo(REAL_NOW.plusSeconds(15 * 86400 + 1).getEpochSecond());
  }

  @Test
  void clockCanBeSetAndFrozenAndThawed() {
    JsonNode set =
        json(call("POST", "/_orgd/clock", "{\"set\": \"2030-01-01T00:00:00Z\", \"freeze\": true}"));
    assertThat(set.get("now").decimalValue().longValue())
        .isEqualTo(Instant.parse("2030-01-01T00:00:00Z").getEpochSecond());
    assertThat(set.get("frozen").asBoolean()).isTrue();

    JsonNode thawed = json(call("POST", "/_orgd/clock", "{\"freeze\": false}"));
    assertThat(thawed.get("frozen").asBoolean()).isFalse();
    assertThat(orgd.control().clock().now()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
  }

  @Test
  void aClockThatIsSetKeepsRunningUnlessAskedToFreeze() {
    call("POST", "/_orgd/clock", "{\"freeze\": true}");

    JsonNode set = json(call("POST", "/_orgd/clock", "{\"set\": \"2030-01-01T00:00:00Z\"}"));

    assertThat(set.get("frozen").asBoolean()).isFalse();
  }

  @Test
  void setMovesTheClockBackToo() {
    call("POST", "/_orgd/clock", "{\"advance\": \"P30D\"}");

    JsonNode set = json(call("POST", "/_orgd/clock", "{\"set\": \"2001-01-01T00:00:00Z\"}"));

    assertThat(set.get("now").decimalValue().longValue())
        .isEqualTo(Instant.parse("2001-01-01T00:00:00Z").getEpochSecond());
  }

  @Test
  void theClockAdvancesToItsLastInstantButNotBeyond() {
    call("POST", "/_orgd/clock", "{\"set\": \"9999-12-31T23:59:58.999Z\", \"freeze\": true}");

    assertThat(call("POST", "/_orgd/clock", "{\"advance\": \"PT1S\"}").status()).isEqualTo(200);
    assertThat(call("POST", "/_orgd/clock", "{\"advance\": \"PT0.001S\"}").status()).isEqualTo(400);
    assertThat(orgd.control().clock().now()).isEqualTo(ChangeClock.LATEST);
  }

  @Test
  void advancingAFrozenClockKeepsItFrozen() {
    call("POST", "/_orgd/clock", "{\"set\": \"2030-01-01T00:00:00Z\", \"freeze\": true}");

    JsonNode advanced = json(call("POST", "/_orgd/clock", "{\"advance\": \"PT1H\"}"));

    assertThat(advanced.get("frozen").asBoolean()).isTrue();
    assertThat(orgd.control().clock().now()).isEqualTo(Instant.parse("2030-01-01T01:00:00Z"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{} | expected \"advance\", \"set\" or \"freeze\"",
        "{\"advance\": \"15 days\"} | advance must be an ISO-8601 duration",
        "{\"set\": \"tomorrow\"} | set must be an ISO-8601 instant",
        "{\"freeze\": \"yes\"} | freeze must be true or false",
        "{\"advance\": \"PT1S\", \"set\": \"2030-01-01T00:00:00Z\"} | give either",
        "{\"speed\": 2} | unknown member \"speed\"",
        "[1] | the body must be a JSON object",
        "{oops | the body is not valid JSON",
        "{\"advance\": \"PT9223372036854775807S\"} | advance would move the clock past",
        "{\"advance\": \"PT2562047788015H\"} | advance would move the clock past",
        "{\"advance\": \"-PT1S\"} | advance must not be negative",
        "{\"set\": \"+1000000000-12-31T23:59:59Z\"} | set must be between",
        "{\"set\": \"1969-12-31T23:59:59Z\"} | set must be between",
      })
  void badClockInputIs400NamingTheProblem(String body, String problem) {
    HttpResponse response = call("POST", "/_orgd/clock", body);

    assertThat(response.status()).isEqualTo(400);
    assertThat(json(response).get("error").asText()).contains(problem);
  }

  @Test
  void accountsRegisterEmailAndName() {
    HttpResponse response =
        call(
            "POST",
            "/_orgd/accounts",
            "{\"AccountId\": \"222222222222\", \"Email\": \"Dev@Example.com\", \"Name\": \"dev\"}");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.bodyText())
        .isEqualTo(
            "{\"AccountId\":\"222222222222\",\"Email\":\"Dev@Example.com\",\"Name\":\"dev\"}");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"Email\": \"a@b.co\"} | AccountId is required",
        "{\"AccountId\": \"12\"} | AccountId must be 12 digits",
        "{\"AccountId\": 222222222222} | AccountId must be a string",
        "{\"AccountId\": \"222222222222\", \"Email\": \"nope\"} | Email must be an email address",
        "{\"AccountId\": \"222222222222\", \"Name\": \"\"} | Name must have 1 to 128 characters",
      })
  void badAccountInputIs400(String body, String problem) {
    HttpResponse response = call("POST", "/_orgd/accounts", body);

    assertThat(response.status()).isEqualTo(400);
    assertThat(json(response).get("error").asText()).contains(problem);
  }

  @Test
  void anEmailTakenByAnotherAccountIs400() {
    call("POST", "/_orgd/accounts", "{\"AccountId\": \"222222222222\", \"Email\": \"a@b.co\"}");

    HttpResponse response =
        call("POST", "/_orgd/accounts", "{\"AccountId\": \"333333333333\", \"Email\": \"A@b.co\"}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(json(response).get("error").asText()).contains("222222222222");
  }

  @Test
  void quotasApplyToAnExistingOrganization() {
    String org =
        orgd.organizations()
            .createOrganization(new AccountId("111111111111"), FeatureSet.ALL)
            .organization()
            .id()
            .value();

    HttpResponse response =
        call("POST", "/_orgd/quotas", "{\"OrganizationId\": \"" + org + "\", \"MaxAccounts\": 25}");

    assertThat(response.bodyText())
        .isEqualTo("{\"OrganizationId\":\"" + org + "\",\"MaxAccounts\":25}");
  }

  @Test
  void organizationsAreListedByIdWithTheirCounts() {
    AccountId alice = new AccountId("111111111111");
    String first =
        orgd.organizations().createOrganization(alice, FeatureSet.ALL).organization().id().value();
    String second =
        orgd.organizations()
            .createOrganization(new AccountId("222222222222"), FeatureSet.CONSOLIDATED_BILLING)
            .organization()
            .id()
            .value();
    orgd.handshakes().invite(alice, PartyType.ACCOUNT, "333333333333", null, List.of());

    JsonNode listed = json(call("GET", "/_orgd/organizations", ""));

    assertThat(listed.has("NextAfter")).isFalse();
    JsonNode items = listed.get("Organizations");
    assertThat(items).hasSize(2);
    JsonNode byAlice = items.get(first.compareTo(second) < 0 ? 0 : 1);
    assertThat(byAlice.get("Id").asText()).isEqualTo(first);
    assertThat(byAlice.get("MasterAccountId").asText()).isEqualTo("111111111111");
    assertThat(byAlice.get("FeatureSet").asText()).isEqualTo("ALL");
    assertThat(byAlice.get("Accounts").asInt()).isEqualTo(1);
    assertThat(byAlice.get("OrganizationalUnits").asInt()).isZero();
    assertThat(byAlice.get("OpenHandshakes").asInt()).isEqualTo(1);
    assertThat(byAlice.get("MaxAccounts").asInt()).isEqualTo(10);
    assertThat(byAlice.get("RootId").asText()).startsWith("r-");
  }

  @Test
  void organizationsComeAHundredAtATime() {
    for (int i = 0; i < 101; i++) {
      orgd.organizations()
          .createOrganization(new AccountId(String.format("%012d", 100_000 + i)), FeatureSet.ALL);
    }

    JsonNode first = json(call("GET", "/_orgd/organizations", ""));
    String after = first.get("NextAfter").asText();
    JsonNode rest =
        json(
            control.handle(
                new HttpRequest(
                    "GET", "/_orgd/organizations", Map.of("After", after), Map.of(), new byte[0])));

    assertThat(first.get("Organizations")).hasSize(100);
    assertThat(first.get("Organizations").get(99).get("Id").asText()).isEqualTo(after);
    assertThat(rest.get("Organizations")).hasSize(1);
    assertThat(rest.get("Organizations").get(0).get("Id").asText()).isGreaterThan(after);
    assertThat(rest.has("NextAfter")).isFalse();
  }

  @Test
  void oneOrganizationIsListedByItsId() {
    String org =
        orgd.organizations()
            .createOrganization(new AccountId("111111111111"), FeatureSet.ALL)
            .organization()
            .id()
            .value();

    HttpResponse found =
        control.handle(
            new HttpRequest(
                "GET", "/_orgd/organizations", Map.of("Id", org), Map.of(), new byte[0]));
    HttpResponse missing =
        control.handle(
            new HttpRequest(
                "GET",
                "/_orgd/organizations",
                Map.of("Id", "o-abcdefghij"),
                Map.of(),
                new byte[0]));

    assertThat(json(found).get("Organizations").get(0).get("MasterAccountId").asText())
        .isEqualTo("111111111111");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(json(missing).get("error").asText()).contains("o-abcdefghij");
  }

  @ParameterizedTest
  @CsvSource({"After, nope", "Id, o-", "Limit, 5"})
  void organizationsRefuseABadQueryWith400(String name, String value) {
    HttpResponse response =
        control.handle(
            new HttpRequest(
                "GET", "/_orgd/organizations", Map.of(name, value), Map.of(), new byte[0]));

    assertThat(response.status()).isEqualTo(400);
    assertThat(json(response).get("error").asText()).isNotBlank();
  }

  @Test
  void quotaOfAMissingOrganizationIs404() {
    HttpResponse response =
        call(
            "POST", "/_orgd/quotas", "{\"OrganizationId\": \"o-abcdefghij\", \"MaxAccounts\": 25}");

    assertThat(response.status()).isEqualTo(404);
    assertThat(json(response).get("error").asText()).contains("o-abcdefghij");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"OrganizationId\": \"o-abcdefghij\", \"MaxAccounts\": 0} | MaxAccounts must be a positive integer",
        "{\"OrganizationId\": \"o-abcdefghij\", \"MaxAccounts\": \"5\"} | MaxAccounts must be an integer",
        "{\"OrganizationId\": \"org\", \"MaxAccounts\": 5} | OrganizationId must look like",
      })
  void badQuotaInputIs400(String body, String problem) {
    HttpResponse response = call("POST", "/_orgd/quotas", body);

    assertThat(response.status()).isEqualTo(400);
    assertThat(json(response).get("error").asText()).contains(problem);
  }

  @Test
  void resetForgetsEverything() {
    orgd.organizations().createOrganization(new AccountId("111111111111"), FeatureSet.ALL);

    HttpResponse response = call("POST", "/_orgd/reset", "");

    assertThat(response.bodyText()).isEqualTo("{}");
    Optional<Account> management =
        orgd.store().read(tx -> tx.accounts().find(new AccountId("111111111111")));
    assertThat(management).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"GET, /_orgd/nothing", "DELETE, /_orgd/reset", "POST, /_orgd/health"})
  void unknownRoutesAreAnAwsShaped404(String method, String path) {
    HttpResponse response = call(method, path, "");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.headers())
        .containsEntry("Content-Type", "application/x-amz-json-1.1")
        .containsEntry("x-amzn-ErrorType", "UnknownOperationException");
    assertThat(json(response).get("__type").asText()).isEqualTo("UnknownOperationException");
    assertThat(json(response).get("message").asText()).contains(method + " " + path);
  }

  @ParameterizedTest
  @CsvSource({"/_orgd/console", "/_orgd/console/", "/_orgd/console/index.html"})
  void theConsoleServesItsPage(String path) {
    HttpResponse response = call("GET", path, "");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.headers()).containsEntry("Content-Type", "text/html; charset=utf-8");
    assertThat(response.bodyText()).contains("<title>orgd console</title>");
  }

  @ParameterizedTest
  @CsvSource({
    "GET, /_orgd/console/missing.html",
    "GET, /_orgd/console/../version.properties",
    "GET, /_orgd/console/sub/index.html",
    "GET, /_orgd/console/index.properties",
    "POST, /_orgd/console/index.html",
  })
  void theConsoleServesNothingElse(String method, String path) {
    assertThat(call(method, path, "").status()).isEqualTo(404);
  }

  @Test
  void aBodyIsIgnoredWhereNoneIsRead() {
    assertThat(call("POST", "/_orgd/reset", "not json").status()).isEqualTo(200);
  }

  @Test
  void servicePrincipalsCanBeAdded() {
    HttpResponse added =
        call("POST", "/_orgd/service-principals", "{\"ServicePrincipal\": \"x.example.com\"}");

    assertThat(added.status()).isEqualTo(200);
    assertThat(json(added).get("ServicePrincipal").asText()).isEqualTo("x.example.com");
    assertThat(orgd.servicePrincipals().isRecognized("x.example.com")).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{} | ServicePrincipal is required",
        "{\"ServicePrincipal\": \"a b\"} | ServicePrincipal must be 1 to 128 characters",
        "{\"ServicePrincipal\": \"\"} | ServicePrincipal must be 1 to 128 characters",
      })
  void badServicePrincipalsAre400(String body, String problem) {
    HttpResponse response = call("POST", "/_orgd/service-principals", body);

    assertThat(response.status()).isEqualTo(400);
    assertThat(json(response).get("error").asText()).contains(problem);
    assertThat(orgd.servicePrincipals().isRecognized("a b")).isFalse();
  }

  @Test
  void theHelpListsExactlyTheRoutesOfTheTable() {
    assertThat(
            ControlPlane.ROUTES.stream()
                .map(line -> line.split("\\s+")[0] + " " + line.split("\\s+")[1])
                .collect(java.util.stream.Collectors.toSet()))
        .isEqualTo(control.routeKeys());
  }
}
