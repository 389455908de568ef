package dev.orgd.server.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orgd.core.model.AccountId;
import dev.orgd.server.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every operation through the dispatcher, in one organization's life; each answer must conform to
 * its output shape in the model (members, types, no nulls, timestamp format).
 */
class OperationsTest {
  private static final String MGMT = "111111111111";
  private static final String MEMBER = "222222222222";
  private static final String OUTSIDER = "333333333333";

  private final WireFixture wire = new WireFixture();
  private final Set<String> called = new HashSet<>();

  /** The policy operations, on the root and the management account. */
  private void policies(String root) {
    String onRoot = "{\"RootId\": \"" + root + "\", \"PolicyType\": ";
    ok(MGMT, "EnablePolicyType", onRoot + "\"SERVICE_CONTROL_POLICY\"}");
    ok(MGMT, "EnablePolicyType", onRoot + "\"TAG_POLICY\"}");
    String policy =
        ok(
                MGMT,
                "CreatePolicy",
                "{\"Name\": \"tags\", \"Description\": \"\", \"Type\": \"TAG_POLICY\","
                    + " \"Content\": \"{\\\"tags\\\": {\\\"env\\\": {\\\"tag_key\\\":"
                    + " {\\\"@@assign\\\": \\\"Env\\\"}}}}\","
                    + " \"Tags\": [{\"Key\": \"k\", \"Value\": \"v\"}]}")
            .at("/Policy/PolicySummary/Id")
            .asText();
    String ref = "\"PolicyId\": \"" + policy + "\"";
    ok(MGMT, "DescribePolicy", "{" + ref + "}");
    ok(MGMT, "UpdatePolicy", "{" + ref + ", \"Description\": \"env\"}");
    ok(MGMT, "ListPolicies", "{\"Filter\": \"SERVICE_CONTROL_POLICY\", \"MaxResults\": 1}");
    ok(MGMT, "AttachPolicy", "{" + ref + ", \"TargetId\": \"" + root + "\"}");
    ok(
        MGMT,
        "ListPoliciesForTarget",
        "{\"TargetId\": \"" + root + "\", \"Filter\": \"TAG_POLICY\"}");
    ok(MGMT, "ListTargetsForPolicy", "{" + ref + "}");
    ok(MGMT, "DescribeEffectivePolicy", "{\"PolicyType\": \"TAG_POLICY\"}");
    ok(MGMT, "ListAccountsWithInvalidEffectivePolicy", "{\"PolicyType\": \"TAG_POLICY\"}");
    ok(
        MGMT,
        "ListEffectivePolicyValidationErrors",
        "{\"AccountId\": \"" + MGMT + "\", \"PolicyType\": \"TAG_POLICY\"}");
    ok(MGMT, "DetachPolicy", "{" + ref + ", \"TargetId\": \"" + root + "\"}");
    ok(MGMT, "DeletePolicy", "{" + ref + "}");
    ok(MGMT, "DisablePolicyType", onRoot + "\"TAG_POLICY\"}");
  }

  private JsonNode ok(String account, String operation, String body) {
    HttpResponse response = wire.call(account, operation, body);
    assertThat(response.status()).as("%s: %s", operation, response.bodyText()).isEqualTo(200);
    assertThat(response.headers())
        .containsEntry("Content-Type", "application/x-amz-json-1.1")
        .containsKey("x-amzn-RequestId");
    JsonNode json = WireFixture.json(response);
    assertThat(
            ModelConformance.problems(
                WireFixture.MODEL, WireFixture.MODEL.outputShape(operation), json))
        .as(operation)
        .isEmpty();
    called.add(operation);
    return json;
  }

  @Test
  void everyOperationAnswersInItsModelShape() {
    JsonNode org = ok(MGMT, "CreateOrganization", "").get("Organization");
    ok(MGMT, "DescribeOrganization", "{}");
    ok(MGMT, "ListRoots", "{}");
    String invite =
        ok(
                MGMT,
                "InviteAccountToOrganization",
                "{\"Target\": {\"Id\": \""
                    + MEMBER
                    + "\", \"Type\": \"ACCOUNT\"}, \"Notes\": \"hi\","
                    + " \"Tags\": [{\"Key\": \"team\", \"Value\": \"\"}]}")
            .at("/Handshake/Id")
            .asText();
    ok(MEMBER, "ListHandshakesForAccount", "{\"Filter\": {}}");
    ok(MEMBER, "DescribeHandshake", "{\"HandshakeId\": \"" + invite + "\"}");
    ok(MEMBER, "AcceptHandshake", "{\"HandshakeId\": \"" + invite + "\"}");
    String second =
        ok(
                MGMT,
                "InviteAccountToOrganization",
                "{\"Target\": {\"Id\": \"" + OUTSIDER + "\", \"Type\": \"ACCOUNT\"}}")
            .at("/Handshake/Id")
            .asText();
    ok(OUTSIDER, "DeclineHandshake", "{\"HandshakeId\": \"" + second + "\"}");
    String third =
        ok(
                MGMT,
                "InviteAccountToOrganization",
                "{\"Target\": {\"Id\": \"someone@example.com\", \"Type\": \"EMAIL\"}}")
            .at("/Handshake/Id")
            .asText();
    ok(MGMT, "CancelHandshake", "{\"HandshakeId\": \"" + third + "\"}");
    ok(
        MGMT,
        "ListHandshakesForOrganization",
        "{\"Filter\": {\"ActionType\": \"INVITE\"}, \"MaxResults\": 2}");
    ok(MGMT, "DescribeAccount", "{\"AccountId\": \"" + MEMBER + "\"}");
    ok(MGMT, "ListAccounts", "{\"MaxResults\": 1}");
    String request =
        ok(MGMT, "CreateAccount", "{\"Email\": \"new@example.com\", \"AccountName\": \"new\"}")
            .at("/CreateAccountStatus/Id")
            .asText();
    ok(MGMT, "DescribeCreateAccountStatus", "{\"CreateAccountRequestId\": \"" + request + "\"}");
    ok(MGMT, "ListCreateAccountStatus", "{\"States\": [\"SUCCEEDED\"]}");
    ok(MGMT, "EnableAWSServiceAccess", "{\"ServicePrincipal\": \"config.amazonaws.com\"}");
    ok(
        MGMT,
        "RegisterDelegatedAdministrator",
        "{\"AccountId\": \"" + MEMBER + "\", \"ServicePrincipal\": \"config.amazonaws.com\"}");
    ok(MEMBER, "ListDelegatedAdministrators", "{}");
    ok(MGMT, "ListDelegatedServicesForAccount", "{\"AccountId\": \"" + MEMBER + "\"}");
    ok(MEMBER, "ListAWSServiceAccessForOrganization", "{\"MaxResults\": 1}");
    ok(
        MGMT,
        "DeregisterDelegatedAdministrator",
        "{\"AccountId\": \"" + MEMBER + "\", \"ServicePrincipal\": \"config.amazonaws.com\"}");
    ok(MGMT, "DisableAWSServiceAccess", "{\"ServicePrincipal\": \"config.amazonaws.com\"}");
    ok(MEMBER, "LeaveOrganization", "{}");
    String root = ok(MGMT, "ListRoots", "{}").at("/Roots/0/Id").asText();
    String ou =
        ok(
                MGMT,
                "CreateOrganizationalUnit",
                "{\"ParentId\": \""
                    + root
                    + "\", \"Name\": \"Prod\","
                    + " \"Tags\": [{\"Key\": \"env\", \"Value\": \"prod\"}]}")
            .at("/OrganizationalUnit/Id")
            .asText();
    String ouRef = "\"OrganizationalUnitId\": \"" + ou + "\"";
    ok(MGMT, "UpdateOrganizationalUnit", "{" + ouRef + ", \"Name\": \"Production\"}");
    ok(MGMT, "DescribeOrganizationalUnit", "{" + ouRef + "}");
    ok(MGMT, "ListOrganizationalUnitsForParent", "{\"ParentId\": \"" + root + "\"}");
    ok(
        MGMT,
        "MoveAccount",
        "{\"AccountId\": \""
            + MGMT
            + "\", \"SourceParentId\": \""
            + root
            + "\","
            + " \"DestinationParentId\": \""
            + ou
            + "\"}");
    ok(MGMT, "ListParents", "{\"ChildId\": \"" + MGMT + "\"}");
    ok(MGMT, "ListAccountsForParent", "{\"ParentId\": \"" + ou + "\", \"MaxResults\": 1}");
    ok(
        MGMT,
        "ListChildren",
        "{\"ParentId\": \"" + root + "\", \"ChildType\": \"ORGANIZATIONAL_UNIT\"}");
    ok(
        MGMT,
        "MoveAccount",
        "{\"AccountId\": \""
            + MGMT
            + "\", \"SourceParentId\": \""
            + ou
            + "\","
            + " \"DestinationParentId\": \""
            + root
            + "\"}");
    ok(MGMT, "DeleteOrganizationalUnit", "{" + ouRef + "}");
    String rootRef = "\"ResourceId\": \"" + root + "\"";
    ok(MGMT, "TagResource", "{" + rootRef + ", \"Tags\": [{\"Key\": \"k\", \"Value\": \"v\"}]}");
    ok(MGMT, "ListTagsForResource", "{" + rootRef + "}");
    ok(MGMT, "UntagResource", "{" + rootRef + ", \"TagKeys\": [\"k\"]}");
    policies(root);
    String created =
        ok(MGMT, "ListAccounts", "{}").at("/Accounts").findValuesAsText("Id").stream()
            .filter(id -> !id.equals(MGMT))
            .findFirst()
            .orElseThrow();
    String policy =
        "{\\\"Version\\\": \\\"2012-10-17\\\", \\\"Statement\\\": [{\\\"Effect\\\": \\\"Allow\\\","
            + " \\\"Principal\\\": \\\"*\\\", \\\"Action\\\": \\\"organizations:List*\\\","
            + " \\\"Resource\\\": \\\"*\\\"}]}";
    ok(
        MGMT,
        "PutResourcePolicy",
        "{\"Content\": \"" + policy + "\", \"Tags\": [{\"Key\": \"k\", \"Value\": \"v\"}]}");
    ok(MGMT, "DescribeResourcePolicy", "{}");
    ok(MGMT, "DeleteResourcePolicy", "{}");
    wire.orgd
        .control()
        .registerAccount(new AccountId(MGMT), null, null, new AccountId("444444444444"));
    ok(MGMT, "CreateGovCloudAccount", "{\"Email\": \"gov@example.com\", \"AccountName\": \"gov\"}");
    ok(MGMT, "CloseAccount", "{\"AccountId\": \"" + created + "\"}");
    ok(MGMT, "DescribeAccount", "{\"AccountId\": \"" + created + "\"}");
    ok(MGMT, "RemoveAccountFromOrganization", "{\"AccountId\": \"" + created + "\"}");
    String govCloudMember =
        ok(MGMT, "ListAccounts", "{}").at("/Accounts").findValuesAsText("Id").stream()
            .filter(id -> !id.equals(MGMT))
            .findFirst()
            .orElseThrow();
    ok(MGMT, "RemoveAccountFromOrganization", "{\"AccountId\": \"" + govCloudMember + "\"}");
    ok(MGMT, "DeleteOrganization", "{}");
    ok(MGMT, "CreateOrganization", "{\"FeatureSet\": \"CONSOLIDATED_BILLING\"}");
    ok(MGMT, "EnableAllFeatures", "{}");
    callTheTransferOperations();

    assertThat(org.get("Id").asText()).matches("o-[a-z0-9]{10}");
    assertThat(called).containsExactlyInAnyOrderElementsOf(WireFixture.MODEL.operations());
  }

  /** The responsibility transfer operations, between two organizations of their own. */
  private void callTheTransferOperations() {
    String payer = "444444444444";
    String paidFor = "555555555555";
    ok(payer, "CreateOrganization", "{}");
    ok(paidFor, "CreateOrganization", "{}");
    // The first day of the month after next, 00:00 UTC: a valid start at the fixture's instant.
    long start =
        WireFixture.NOW
            .atZone(java.time.ZoneOffset.UTC)
            .toLocalDate()
            .withDayOfMonth(1)
            .plusMonths(2)
            .atStartOfDay(java.time.ZoneOffset.UTC)
            .toEpochSecond();
    JsonNode handshake =
        ok(
                payer,
                "InviteOrganizationToTransferResponsibility",
                "{\"Type\": \"BILLING\", \"Target\": {\"Id\": \""
                    + paidFor
                    + "\", \"Type\": \"ACCOUNT\"}, \"StartTimestamp\": "
                    + start
                    + ", \"SourceName\": \"billing\", \"Notes\": \"hi\"}")
            .get("Handshake");
    String transfer = handshake.at("/Resources/0/Value").asText();
    String id = "\"Id\": \"" + transfer + "\"";
    ok(payer, "DescribeResponsibilityTransfer", "{" + id + "}");
    ok(payer, "ListInboundResponsibilityTransfers", "{\"Type\": \"BILLING\", \"MaxResults\": 1}");
    ok(paidFor, "ListOutboundResponsibilityTransfers", "{\"Type\": \"BILLING\"}");
    ok(paidFor, "AcceptHandshake", "{\"HandshakeId\": \"" + handshake.get("Id").asText() + "\"}");
    ok(paidFor, "UpdateResponsibilityTransfer", "{" + id + ", \"Name\": \"renamed\"}");
    ok(payer, "TerminateResponsibilityTransfer", "{" + id + "}");
  }

  @Test
  void organizationGolden() {
    JsonNode org = ok(MGMT, "CreateOrganization", "{}").get("Organization");
    String id = org.get("Id").asText();

    assertThat(org)
        .isEqualTo(
            json(
                "{\"Id\": \"%1$s\", \"Arn\": \"arn:aws:organizations::111111111111:organization/%1$s\","
                    + " \"FeatureSet\": \"ALL\", \"MasterAccountArn\":"
                    + " \"arn:aws:organizations::111111111111:account/%1$s/111111111111\","
                    + " \"MasterAccountId\": \"111111111111\", \"MasterAccountEmail\":"
                    + " \"account-111111111111@example.com\", \"AvailablePolicyTypes\": [{\"Type\":"
                    + " \"SERVICE_CONTROL_POLICY\", \"Status\": \"ENABLED\"}]}",
                id));
  }

  @Test
  void consolidatedBillingHasNoAvailablePolicyTypes() {
    JsonNode org = ok(MGMT, "CreateOrganization", "{\"FeatureSet\": \"CONSOLIDATED_BILLING\"}");

    assertThat(org.at("/Organization/AvailablePolicyTypes").isArray()).isTrue();
    assertThat(org.at("/Organization/AvailablePolicyTypes")).isEmpty();
  }

  @Test
  void rootGolden() {
    JsonNode org = ok(MGMT, "CreateOrganization", "{}").get("Organization");
    JsonNode roots = ok(MGMT, "ListRoots", "{}");
    String root = roots.at("/Roots/0/Id").asText();

    assertThat(roots)
        .isEqualTo(
            json(
                "{\"Roots\": [{\"Id\": \"%2$s\", \"Arn\":"
                    + " \"arn:aws:organizations::111111111111:root/%1$s/%2$s\", \"Name\": \"Root\","
                    + " \"PolicyTypes\": []}]}",
                org.get("Id").asText(), root));
  }

  @Test
  void invitationGoldenWithTimestampsInEpochSecondsAndMilliseconds() {
    String org = ok(MGMT, "CreateOrganization", "{}").at("/Organization/Id").asText();
    HttpResponse response =
        wire.call(
            MGMT,
            "InviteAccountToOrganization",
            "{\"Target\": {\"Id\": \"" + MEMBER + "\", \"Type\": \"ACCOUNT\"}}");
    JsonNode handshake = WireFixture.json(response).get("Handshake");
    String id = handshake.get("Id").asText();

    assertThat(response.bodyText())
        .contains("\"RequestedTimestamp\":1482952059.257", "\"ExpirationTimestamp\":1484248059.257")
        .doesNotContain("null");
    assertThat(handshake)
        .isEqualTo(
            json(
                "{\"Id\": \"%2$s\", \"Arn\":"
                    + " \"arn:aws:organizations::111111111111:handshake/%1$s/invite/%2$s\","
                    + " \"Parties\": [{\"Id\": \"%1$s\", \"Type\": \"ORGANIZATION\"}, {\"Id\":"
                    + " \"222222222222\", \"Type\": \"ACCOUNT\"}], \"State\": \"OPEN\","
                    + " \"RequestedTimestamp\": 1482952059.257, \"ExpirationTimestamp\":"
                    + " 1484248059.257, \"Action\": \"INVITE\", \"Resources\": [{\"Value\": \"%1$s\","
                    + " \"Type\": \"ORGANIZATION\", \"Resources\": [{\"Value\":"
                    + " \"account-111111111111@example.com\", \"Type\": \"MASTER_EMAIL\"},"
                    + " {\"Value\": \"account-111111111111\", \"Type\": \"MASTER_NAME\"}, {\"Value\":"
                    + " \"ALL\", \"Type\": \"ORGANIZATION_FEATURE_SET\"}]}, {\"Value\":"
                    + " \"222222222222\", \"Type\": \"ACCOUNT\"}]}",
                org, id));
  }

  @Test
  void accountGoldenAfterAcceptingAnInvitation() {
    String org = ok(MGMT, "CreateOrganization", "{}").at("/Organization/Id").asText();
    String invite =
        ok(
                MGMT,
                "InviteAccountToOrganization",
                "{\"Target\": {\"Id\": \"" + MEMBER + "\", \"Type\": \"ACCOUNT\"}}")
            .at("/Handshake/Id")
            .asText();
    ok(MEMBER, "AcceptHandshake", "{\"HandshakeId\": \"" + invite + "\"}");

    assertThat(ok(MGMT, "DescribeAccount", "{\"AccountId\": \"" + MEMBER + "\"}"))
        .isEqualTo(
            json(
                "{\"Account\": {\"Id\": \"222222222222\", \"Arn\":"
                    + " \"arn:aws:organizations::111111111111:account/%1$s/222222222222\", \"Email\":"
                    + " \"account-222222222222@example.com\", \"Name\": \"account-222222222222\","
                    + " \"Status\": \"ACTIVE\", \"State\": \"ACTIVE\", \"JoinedMethod\": \"INVITED\","
                    + " \"Paths\": [\"%1$s/%2$s/222222222222/\"],"
                    + " \"JoinedTimestamp\": 1482952059.257}}",
                org, ok(MGMT, "ListRoots", "{}").at("/Roots/0/Id").asText()));
  }

  @Test
  void operationsWithoutOutputAnswerAnEmptyObject() {
    ok(MGMT, "CreateOrganization", "{}");

    HttpResponse response = wire.call(MGMT, "DeleteOrganization", "");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.bodyText()).isEqualTo("{}");
  }

  @Test
  void emptyAndWhitespaceBodiesMeanAnEmptyObject() {
    assertThat(wire.call(MGMT, "CreateOrganization", " \n").status()).isEqualTo(200);
    assertThat(wire.call(MGMT, "DescribeOrganization", "").status()).isEqualTo(200);
  }

  @Test
  void lastPageHasNoNextTokenAndEarlierPagesDo() {
    ok(MGMT, "CreateOrganization", "{}");
    for (String target : new String[] {MEMBER, OUTSIDER}) {
      ok(
          MGMT,
          "InviteAccountToOrganization",
          "{\"Target\": {\"Id\": \"" + target + "\", \"Type\": \"ACCOUNT\"}}");
    }

    JsonNode first = ok(MGMT, "ListHandshakesForOrganization", "{\"MaxResults\": 1}");
    JsonNode second =
        ok(
            MGMT,
            "ListHandshakesForOrganization",
            "{\"MaxResults\": 1, \"NextToken\": \"" + first.get("NextToken").asText() + "\"}");

    assertThat(first.get("Handshakes")).hasSize(1);
    assertThat(second.get("Handshakes")).hasSize(1);
    assertThat(second.has("NextToken")).isFalse();
    assertThat(
            WireFixture.json(
                    wire.call(
                        MGMT, "ListHandshakesForOrganization", "{\"NextToken\": \"garbage\"}"))
                .get("Reason")
                .asText())
        .isEqualTo("INVALID_NEXT_TOKEN");
  }

  private static JsonNode json(String template, Object... args) {
    try {
      return WireFixture.MAPPER.readTree(String.format(template, args));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
