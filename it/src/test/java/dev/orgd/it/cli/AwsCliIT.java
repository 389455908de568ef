package dev.orgd.it.cli;

import static dev.orgd.it.support.Fixtures.MGMT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.orgd.it.support.Command;
import dev.orgd.it.support.ItOrgd;
import dev.orgd.it.support.Summary;
import dev.orgd.it.support.Tools;
import dev.orgd.junit5.OrgdExtension;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.Handshake;
import software.amazon.awssdk.services.organizations.model.HandshakePartyType;
import software.amazon.awssdk.services.organizations.model.OrganizationFeatureSet;

/**
 * The AWS CLI (v1) against orgd: {@code aws organizations list-handshakes-for-organization} with
 * its paging options, and the CLI's own documented example reproduced.
 *
 * <p>The example's output is kept in {@code src/test/resources/awscli/} (copied from awscli's
 * {@code awscli/examples/organizations/list-handshakes-for-organization.rst}, re-indented). The
 * calls are few on purpose: each one starts a Python interpreter.
 */
class AwsCliIT {
  @RegisterExtension static final OrgdExtension ORGD = ItOrgd.extension();

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> LITERAL_KEYS = Set.of("Type", "Action", "State");
  private static final String ANIKA = "222222222222";
  private static final String JUAN = "333333333333";
  private static final String ANIKA_NOTES =
      "This is an invitation to Anika's account to join Bill's organization.";
  private static final String JUAN_NOTES =
      "This is an invitation to Juan's account to join Bill's organization.";

  /** The example's situation: Juan's invitation is OPEN, Anika's (older) one ACCEPTED. */
  private Map<String, String> setUpTheExample() {
    ORGD.runtime().registerAccount(MGMT, "bill@example.com", "Master Account");
    ORGD.runtime().registerAccount(ANIKA, "anika@example.com", "Anika");
    ORGD.runtime().registerAccount(JUAN, "juan@example.com", "Juan");
    OrganizationsClient bill = ORGD.runtime().client(MGMT);
    String orgId =
        bill.createOrganization(r -> r.featureSet(OrganizationFeatureSet.ALL)).organization().id();
    Handshake anika = inviteByEmail(bill, "anika@example.com", ANIKA_NOTES);
    ORGD.runtime().client(ANIKA).acceptHandshake(r -> r.handshakeId(anika.id()));
    Handshake juan = inviteByEmail(bill, "juan@example.com", JUAN_NOTES);
    return Map.of("org", orgId, "juan", juan.id(), "anika", anika.id());
  }

  @Test
  void listHandshakesForOrganizationReproducesTheCliExampleAndPagesWithEveryOption()
      throws IOException {
    Path aws = Tools.require("aws");
    Map<String, String> ids = setUpTheExample();
    List<String> newestFirst = List.of(ids.get("juan"), ids.get("anika"));

    // 1. The documented call, without options.
    JsonNode all = run(aws);
    assertThat(all.has("NextToken")).isFalse();
    assertThat(shape(all)).isEqualTo(shape(expectedExample()));
    assertValues(all.get("Handshakes").get(0), ids.get("org"), "OPEN", "juan", JUAN_NOTES);
    assertValues(all.get("Handshakes").get(1), ids.get("org"), "ACCEPTED", "anika", ANIKA_NOTES);

    // 2. --page-size: the CLI still walks every page.
    assertThat(handshakeIds(run(aws, "--page-size", "1"))).isEqualTo(newestFirst);

    // 3. --max-items cuts client-side and prints a resume token; --starting-token resumes.
    JsonNode cut = run(aws, "--max-items", "1", "--page-size", "1");
    assertThat(handshakeIds(cut)).containsExactly(ids.get("juan"));
    String resume = cut.get("NextToken").asText();
    JsonNode resumed = run(aws, "--starting-token", resume, "--page-size", "1");
    assertThat(handshakeIds(resumed)).containsExactly(ids.get("anika"));
    assertThat(resumed.has("NextToken")).isFalse();

    // 4. --no-paginate makes one call and prints the server's own NextToken.
    JsonNode single = run(aws, "--no-paginate", "--max-results", "1");
    assertThat(handshakeIds(single)).containsExactly(ids.get("juan"));
    String serverToken = single.get("NextToken").asText();
    assertThat(serverToken).isNotBlank().isNotEqualTo(resume);
    JsonNode second = run(aws, "--no-paginate", "--max-results", "1", "--next-token", serverToken);
    assertThat(handshakeIds(second)).containsExactly(ids.get("anika"));
    assertThat(second.has("NextToken")).isFalse();
  }

  @Test
  void aServiceErrorIsPrintedWithItsCodeAndAFailingExitStatus() {
    Path aws = Tools.require("aws");
    ORGD.runtime().client(MGMT).createOrganization(r -> r.featureSet(OrganizationFeatureSet.ALL));

    Command.Result result =
        cli(aws, "--no-paginate", "--next-token", "not-a-token").account(MGMT).run();

    assertThat(result.exitCode()).as(result.describe()).isNotZero();
    assertThat(result.stderr())
        .contains("(InvalidInputException)")
        .contains("ListHandshakesForOrganization");
  }

  private static Handshake inviteByEmail(OrganizationsClient mgmt, String email, String notes) {
    return mgmt.inviteAccountToOrganization(
            r -> r.target(t -> t.type(HandshakePartyType.EMAIL).id(email)).notes(notes))
        .handshake();
  }

  private JsonNode run(Path aws, String... options) {
    return Summary.ofJsonOutput(cli(aws, options).account(MGMT));
  }

  private Command cli(Path aws, String... options) {
    List<String> argv = new ArrayList<>();
    argv.add(aws.toString());
    argv.addAll(
        List.of(
            "organizations",
            "list-handshakes-for-organization",
            "--region",
            "us-east-1",
            "--endpoint-url",
            ORGD.runtime().endpoint().toString(),
            "--output",
            "json"));
    argv.addAll(List.of(options));
    return Command.of(argv);
  }

  /**
   * The CLI example, with the one change the contract makes: every ORGANIZATION resource carries
   * ORGANIZATION_FEATURE_SET (the example's older, ACCEPTED entry predates it).
   */
  private static JsonNode expectedExample() throws IOException {
    Path file =
        Summary.folder("orgd.it.resources.dir", "src/test/resources")
            .resolve("awscli/list-handshakes-for-organization.example.json");
    JsonNode example = JSON.readTree(file.toFile());
    for (JsonNode handshake : example.get("Handshakes")) {
      ArrayNode nested = (ArrayNode) handshake.get("Resources").get(0).get("Resources");
      boolean hasFeatureSet = false;
      for (JsonNode r : nested) {
        hasFeatureSet |= r.get("Type").asText().equals("ORGANIZATION_FEATURE_SET");
      }
      if (!hasFeatureSet) {
        nested.addObject().put("Type", "ORGANIZATION_FEATURE_SET").put("Value", "ALL");
      }
    }
    return example;
  }

  /**
   * The structure of a JSON value: keys (sorted), nesting and list lengths, with the values of
   * Type, Action and State kept and every other value reduced to its JSON type.
   */
  static JsonNode shape(JsonNode node) {
    return shape("", node);
  }

  private static JsonNode shape(String parentKey, JsonNode node) {
    if (node.isObject()) {
      Map<String, JsonNode> fields = new TreeMap<>();
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> field = it.next();
        fields.put(
            field.getKey(),
            LITERAL_KEYS.contains(field.getKey())
                ? field.getValue()
                : shape(field.getKey(), field.getValue()));
      }
      ObjectNode shaped = JSON.createObjectNode();
      fields.forEach(shaped::set);
      return shaped;
    }
    if (node.isArray()) {
      List<JsonNode> elements = new ArrayList<>();
      node.forEach(element -> elements.add(shape(element)));
      if (parentKey.equals("Parties")) {
        // Party order is not significant (AWS's own examples list them either way round).
        elements.sort(java.util.Comparator.comparing(JsonNode::toString));
      }
      ArrayNode shaped = JSON.createArrayNode();
      elements.forEach(shaped::add);
      return shaped;
    }
    return TextNode.valueOf("<" + node.getNodeType().name().toLowerCase() + ">");
  }

  private static void assertValues(
      JsonNode handshake, String orgId, String state, String who, String notes) {
    String email = who + "@example.com";
    assertThat(handshake.get("State").asText()).isEqualTo(state);
    assertThat(handshake.get("Arn").asText())
        .isEqualTo(
            "arn:aws:organizations::"
                + MGMT
                + ":handshake/"
                + orgId
                + "/invite/"
                + handshake.get("Id").asText());
    Map<String, String> parties = new TreeMap<>();
    handshake
        .get("Parties")
        .forEach(p -> parties.put(p.get("Type").asText(), p.get("Id").asText()));
    assertThat(parties).isEqualTo(Map.of("ORGANIZATION", orgId, "EMAIL", email));
    JsonNode resources = handshake.get("Resources");
    assertThat(resources.get(0).get("Value").asText()).isEqualTo(orgId);
    List<String> nested = new ArrayList<>();
    resources.get(0).get("Resources").forEach(r -> nested.add(r.get("Value").asText()));
    assertThat(nested).containsExactly("bill@example.com", "Master Account", "ALL");
    assertThat(resources.get(1).get("Value").asText()).isEqualTo(email);
    assertThat(resources.get(2).get("Value").asText()).isEqualTo(notes);
    double lifetime =
        handshake.get("ExpirationTimestamp").asDouble()
            - handshake.get("RequestedTimestamp").asDouble();
    assertThat(lifetime).isCloseTo(15 * 86400.0, offset(0.001));
  }

  private static List<String> handshakeIds(JsonNode listing) {
    List<String> ids = new ArrayList<>();
    listing.get("Handshakes").forEach(h -> ids.add(h.get("Id").asText()));
    return ids;
  }
}
