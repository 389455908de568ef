package dev.orgd.it.js;

import static dev.orgd.it.support.Fixtures.ALICE;
import static dev.orgd.it.support.Pages.assertPartition;
import static dev.orgd.it.support.Pages.newestFirst;
import static dev.orgd.it.support.Summary.strings;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orgd.it.support.Command;
import dev.orgd.it.support.ItOrgd;
import dev.orgd.it.support.Summary;
import dev.orgd.it.support.Tools;
import dev.orgd.junit5.OrgdExtension;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The AWS SDK for JavaScript v3 (node) against orgd. The build installs the locked SDK version into
 * {@code target/it-js} (npm ci, see the module's pom); each test runs one {@code .mjs} scenario
 * there and checks the JSON summary it prints.
 */
class JsSdkIT {
  /** The janitor is off: the empty-page scenario needs handshakes past retention, unpurged. */
  @RegisterExtension static final OrgdExtension ORGD = ItOrgd.extension();

  private static final Path SCRIPTS = Summary.folder("orgd.it.js.dir", "target/it-js");

  private Path node;

  @BeforeEach
  void requireNodeAndTheSdk() {
    node = Tools.require("node");
    Tools.requireInstalled(
        SCRIPTS,
        "node_modules/@aws-sdk/client-organizations/package.json",
        "the build's npm ci step installs it: run mvn verify");
  }

  private JsonNode run(String script) {
    return Summary.of(
        Command.of(List.of(node.toString(), script))
            .directory(SCRIPTS)
            .env("ORGD_ENDPOINT", ORGD.runtime().endpoint().toString()));
  }

  @Test
  void paginatorsFollowNextTokenAcrossPagesOfTheRequestedSize() {
    JsonNode s = run("paginate.mjs");

    List<String> org = newestFirst(strings(s.get("orgCreated")));
    assertThat(org).hasSize(7).doesNotHaveDuplicates();
    assertPartition(s.get("orgPages"), org, 3, "nextToken");
    assertPartition(s.get("orgFilteredPages"), org, 5, "nextToken");
    List<String> inbox = newestFirst(strings(s.get("accountCreated")));
    assertThat(inbox).hasSize(3);
    assertPartition(s.get("accountPages"), inbox, 2, "nextToken");
  }

  @Test
  void thePaginatorWalksPastAPageThatHasNoItemsButANextToken() {
    JsonNode s = run("empty-page.mjs");

    JsonNode pages = s.get("pages");
    assertThat(pages).hasSize(2);
    assertThat(strings(pages.get(0).get("ids"))).isEmpty();
    assertThat(pages.get(0).get("nextToken").asBoolean()).isTrue();
    assertThat(strings(pages.get(1).get("ids")))
        .containsExactlyElementsOf(strings(s.get("keptNewestFirst")));
    assertThat(pages.get(1).get("nextToken").asBoolean()).isFalse();
  }

  @Test
  void thePaginatorWalksThroughInjectedEmptyPagesWithoutSkippingOrRepeating() {
    JsonNode s = run("injected-empty-pages.mjs");

    JsonNode pages = s.get("pages");
    List<Integer> sizes = new java.util.ArrayList<>();
    List<String> walked = new java.util.ArrayList<>();
    pages.forEach(
        p -> {
          sizes.add(p.get("ids").size());
          walked.addAll(strings(p.get("ids")));
        });
    assertThat(sizes).containsExactly(0, 0, 0, 2, 2, 1);
    assertThat(walked).containsExactlyElementsOf(strings(s.get("createdNewestFirst")));
  }

  @Test
  void errorsAreTypedWithNameReasonAndStatus() {
    JsonNode s = run("errors.mjs");

    assertError(s.get("notFound"), "HandshakeNotFoundException", null);
    assertError(s.get("duplicate"), "DuplicateHandshakeException", null);
    assertError(
        s.get("alreadyMember"),
        "HandshakeConstraintViolationException",
        "ALREADY_IN_AN_ORGANIZATION");
    assertError(s.get("badToken"), "InvalidInputException", "INVALID_NEXT_TOKEN");
    assertError(s.get("tooManyResults"), "InvalidInputException", "MAX_VALUE_EXCEEDED");
  }

  @Test
  void anInvitationCanBeDescribedAcceptedAndDescribedAgain() {
    JsonNode s = run("roundtrip.mjs");

    String id = s.get("inviteId").asText();
    String org = s.get("organizationId").asText();
    assertThat(id).matches("h-[0-9a-f]{32}");
    assertThat(s.get("describedBefore").get("id").asText()).isEqualTo(id);
    assertThat(s.get("describedBefore").get("state").asText()).isEqualTo("OPEN");
    assertThat(s.get("describedBefore").get("action").asText()).isEqualTo("INVITE");
    assertThat(strings(s.get("inboxIds"))).containsExactly(id);
    assertThat(s.get("acceptedState").asText()).isEqualTo("ACCEPTED");
    assertThat(s.get("stateSeenByMgmt").asText()).isEqualTo("ACCEPTED");
    assertThat(s.get("acceptedParties").toString())
        .contains("{\"Id\":\"" + org + "\",\"Type\":\"ORGANIZATION\"}")
        .contains("{\"Id\":\"" + ALICE + "\",\"Type\":\"ACCOUNT\"}");
    assertThat(s.get("acceptedResourceTypes").toString())
        .isEqualTo(
            "[[\"ORGANIZATION\",[\"MASTER_EMAIL\",\"MASTER_NAME\",\"ORGANIZATION_FEATURE_SET\"]],"
                + "[\"ACCOUNT\",[]],[\"NOTES\",[]]]");
    assertThat(s.get("timestampsAreDates").asBoolean()).isTrue();
    assertThat(s.get("lifetimeMs").asLong()).isEqualTo(15L * 86_400_000L);
    assertThat(s.get("joinedMethod").asText()).isEqualTo("INVITED");
  }

  private static void assertError(JsonNode e, String name, String reason) {
    assertThat(e.get("name").asText()).isEqualTo(name);
    assertThat(e.get("reason").isNull() ? null : e.get("reason").asText())
        .as(name + " Reason")
        .isEqualTo(reason);
    assertThat(e.get("instanceOfModeledClass").asBoolean()).as(name + " instanceof").isTrue();
    assertThat(e.get("status").asInt()).as(name + " status").isEqualTo(400);
    assertThat(e.get("fault").asText()).isEqualTo("client");
    assertThat(e.get("requestId").asBoolean()).as(name + " request id").isTrue();
    assertThat(e.get("attempts").asInt()).isEqualTo(1);
    assertThat(e.get("message").asText()).isNotBlank();
  }
}
