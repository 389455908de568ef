package dev.orgd.core.service;

import static dev.orgd.core.service.World.account;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orgd.core.error.OrgdException;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.FeatureSet;
import dev.orgd.core.policy.PolicyType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SCPs that take effect on Organizations calls (research policies.md §8, §10 rows 49–52). */
class ScpEnforcementTest {
  static final AccountId MGMT = account(1);
  static final AccountId MEMBER = account(2);
  static final AccountId STANDALONE = account(3);
  static final PolicyType SCP = PolicyType.SERVICE_CONTROL_POLICY;
  static final Map<String, List<String>> US_EAST_1 =
      Map.of("aws:RequestedRegion", List.of("us-east-1"));

  final World w = new World();
  final ScpEnforcement enforcement = w.orgd.scpEnforcement();
  String root;
  String ou;

  @BeforeEach
  void setUp() {
    w.organization(MGMT, FeatureSet.ALL);
    w.join(MGMT, MEMBER);
    root = w.orgd.organizations().describeOrganization(MGMT).organization().rootId().value();
    ou =
        w.orgd
            .structure()
            .createOrganizationalUnit(MGMT, root, "Guarded", List.of())
            .organizationalUnit()
            .id()
            .value();
    w.orgd.structure().moveAccount(MGMT, MEMBER, root, ou);
  }

  String attach(String doc, String target) {
    String id =
        w.orgd.policies().createPolicy(MGMT, "P" + doc.hashCode(), "", doc, SCP, List.of()).id();
    w.orgd.policyAttachments().attachPolicy(MGMT, id, target);
    return id;
  }

  void allowed(AccountId caller, String operation) {
    assertThatCode(() -> enforcement.authorize(caller, operation, null, US_EAST_1))
        .doesNotThrowAnyException();
  }

  @Test
  void nothingIsEvaluatedWhileScpsAreNotEnabled() {
    allowed(MEMBER, "LeaveOrganization");
    allowed(STANDALONE, "CreateOrganization");
  }

  @Test
  void anExplicitDenyOnTheOuBlocksTheMemberButNotTheManagementAccount() {
    w.orgd.policyTypes().enablePolicyType(MGMT, root, SCP);
    attach(
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\","
            + "\"Action\":\"organizations:LeaveOrganization\",\"Resource\":\"*\"}]}",
        ou);
    assertThatThrownBy(() -> enforcement.authorize(MEMBER, "LeaveOrganization", null, US_EAST_1))
        .isInstanceOf(OrgdException.class)
        .hasMessage(
            "User: arn:aws:iam::"
                + MEMBER
                + ":root is not authorized to perform: organizations:LeaveOrganization with an"
                + " explicit deny in a service control policy");
    allowed(MEMBER, "DescribeOrganization");
    allowed(MGMT, "LeaveOrganization");
  }

  @Test
  void withoutAnAllowOnEveryLevelTheCallIsImplicitlyDenied() {
    w.orgd.policyTypes().enablePolicyType(MGMT, root, SCP);
    attach(
        "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:*\"}}",
        ou);
    w.orgd.policyAttachments().detachPolicy(MGMT, "p-FullAWSAccess", ou);
    assertThatThrownBy(() -> enforcement.authorize(MEMBER, "DescribeOrganization", null, US_EAST_1))
        .hasMessageEndingWith(
            "because no service control policy allows the organizations:DescribeOrganization"
                + " action");
  }

  @Test
  void conditionsSeeTheRegionAndTheRequestTags() {
    w.orgd.policyTypes().enablePolicyType(MGMT, root, SCP);
    attach(
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"*\","
            + "\"Resource\":\"*\",\"Condition\":{\"StringNotEquals\":"
            + "{\"aws:RequestedRegion\":\"us-east-1\"}}}]}",
        root);
    allowed(MEMBER, "DescribeOrganization");
    assertThatThrownBy(
            () ->
                enforcement.authorize(
                    MEMBER,
                    "DescribeOrganization",
                    null,
                    Map.of("aws:RequestedRegion", List.of("eu-west-1"))))
        .isInstanceOf(OrgdException.class);
    attach(
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\","
            + "\"Action\":\"organizations:TagResource\",\"Resource\":\"*\","
            + "\"Condition\":{\"Null\":{\"aws:RequestTag/owner\":\"true\"}}}]}",
        ou);
    assertThatThrownBy(() -> enforcement.authorize(MEMBER, "TagResource", ou, US_EAST_1))
        .hasMessageContaining("on resource: arn:aws:organizations::" + MGMT + ":ou/");
    assertThatCode(
            () ->
                enforcement.authorize(
                    MEMBER,
                    "TagResource",
                    ou,
                    Map.of(
                        "aws:RequestedRegion",
                        List.of("us-east-1"),
                        "aws:RequestTag/owner",
                        List.of("me"))))
        .doesNotThrowAnyException();
  }

  static final String DENY_LEAVE =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\","
          + "\"Action\":\"organizations:LeaveOrganization\",\"Resource\":\"*\"}]}";

  void denied(AccountId caller, String operation) {
    assertThatThrownBy(() -> enforcement.authorize(caller, operation, null, US_EAST_1))
        .isInstanceOf(OrgdException.class);
  }

  // The compiled chains are kept between calls: every change below must show on the next call.

  @Test
  void attachingAndDetachingADenyShowsOnTheNextCall() {
    w.orgd.policyTypes().enablePolicyType(MGMT, root, SCP);
    allowed(MEMBER, "LeaveOrganization");
    String deny = attach(DENY_LEAVE, ou);
    denied(MEMBER, "LeaveOrganization");
    w.orgd.policyAttachments().detachPolicy(MGMT, deny, ou);
    allowed(MEMBER, "LeaveOrganization");
    w.orgd.policyAttachments().attachPolicy(MGMT, deny, MEMBER.value());
    denied(MEMBER, "LeaveOrganization");
  }

  @Test
  void movingTheAccountChangesItsChain() {
    w.orgd.policyTypes().enablePolicyType(MGMT, root, SCP);
    attach(DENY_LEAVE, ou);
    denied(MEMBER, "LeaveOrganization");
    w.orgd.structure().moveAccount(MGMT, MEMBER, ou, root);
    allowed(MEMBER, "LeaveOrganization");
    w.orgd.structure().moveAccount(MGMT, MEMBER, root, ou);
    denied(MEMBER, "LeaveOrganization");
  }

  @Test
  void updatingThePolicyAndDisablingTheTypeShowOnTheNextCall() {
    w.orgd.policyTypes().enablePolicyType(MGMT, root, SCP);
    String deny = attach(DENY_LEAVE, ou);
    denied(MEMBER, "LeaveOrganization");
    w.orgd.policies().updatePolicy(MGMT, deny, null, null, DENY_LEAVE.replace("Leave", "Close"));
    allowed(MEMBER, "LeaveOrganization");
    denied(MEMBER, "CloseOrganization");
    w.orgd.policyTypes().disablePolicyType(MGMT, root, SCP);
    allowed(MEMBER, "CloseOrganization");
    w.orgd.policyTypes().enablePolicyType(MGMT, root, SCP); // the deny was detached
    allowed(MEMBER, "CloseOrganization");
  }

  @Test
  void anotherNodeOnTheSameStoreSeesTheChangesOfThisOne() {
    w.orgd.policyTypes().enablePolicyType(MGMT, root, SCP);
    ScpEnforcement other = new ScpEnforcement(w.orgd);
    assertThatCode(() -> other.authorize(MEMBER, "LeaveOrganization", null, US_EAST_1))
        .doesNotThrowAnyException();
    attach(DENY_LEAVE, ou);
    assertThatThrownBy(() -> other.authorize(MEMBER, "LeaveOrganization", null, US_EAST_1))
        .isInstanceOf(OrgdException.class);
  }
}
