package dev.orgd.it.javasdk;

import static dev.orgd.it.support.Fixtures.ALICE;
import static dev.orgd.it.support.Fixtures.MGMT;
import static dev.orgd.it.support.Fixtures.createOrganization;
import static dev.orgd.it.support.Fixtures.inviteAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orgd.it.support.ItOrgd;
import dev.orgd.junit5.OrgdExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.AccessDeniedException;
import software.amazon.awssdk.services.organizations.model.OrganizationFeatureSet;
import software.amazon.awssdk.services.organizations.model.PolicyType;

/**
 * Delegated administrators for policy management: the management account puts a resource-based
 * delegation policy that lets a member manage TAG_POLICY policies (the condition key {@code
 * organizations:PolicyType}); the member can then create and attach a tag policy, but not an SCP.
 */
class PolicyDelegationIT {
  @RegisterExtension static final OrgdExtension ORGD = ItOrgd.extension();

  private static final String DELEGATION =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"TagPolicies\",\"Effect\":\"Allow\","
          + "\"Principal\":{\"AWS\":\"arn:aws:iam::"
          + ALICE
          + ":root\"},\"Action\":[\"organizations:CreatePolicy\",\"organizations:AttachPolicy\","
          + "\"organizations:ListPoliciesForTarget\"],\"Resource\":\"*\",\"Condition\":"
          + "{\"StringEquals\":{\"organizations:PolicyType\":\"TAG_POLICY\"}}}]}";
  private static final String TAG_POLICY =
      "{\"tags\":{\"team\":{\"tag_key\":{\"@@assign\":\"Team\"}}}}";
  private static final String SCP =
      "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Deny\","
          + "\"Action\":\"organizations:LeaveOrganization\",\"Resource\":\"*\"}}";

  private final OrganizationsClient mgmt = ORGD.runtime().client(MGMT);
  private final OrganizationsClient alice = ORGD.runtime().client(ALICE);

  @Test
  void aMemberTheResourcePolicyNamesManagesTagPoliciesButNotScps() {
    createOrganization(mgmt, OrganizationFeatureSet.ALL);
    String handshake = inviteAccount(mgmt, ALICE).id();
    alice.acceptHandshake(r -> r.handshakeId(handshake));
    String root = mgmt.listRoots().roots().get(0).id();
    String ou =
        mgmt.createOrganizationalUnit(r -> r.parentId(root).name("Team")).organizationalUnit().id();
    mgmt.enablePolicyType(r -> r.rootId(root).policyType(PolicyType.TAG_POLICY));
    mgmt.enablePolicyType(r -> r.rootId(root).policyType(PolicyType.SERVICE_CONTROL_POLICY));

    // Before the delegation the member may not create a policy.
    assertThatThrownBy(
            () ->
                alice.createPolicy(
                    r ->
                        r.name("team")
                            .description("")
                            .type(PolicyType.TAG_POLICY)
                            .content(TAG_POLICY)))
        .isInstanceOf(AccessDeniedException.class);

    mgmt.putResourcePolicy(r -> r.content(DELEGATION));
    String tagPolicy =
        alice
            .createPolicy(
                r -> r.name("team").description("").type(PolicyType.TAG_POLICY).content(TAG_POLICY))
            .policy()
            .policySummary()
            .id();
    alice.attachPolicy(r -> r.policyId(tagPolicy).targetId(ou));
    assertThat(
            alice
                .listPoliciesForTarget(r -> r.targetId(ou).filter(PolicyType.TAG_POLICY))
                .policies())
        .extracting(p -> p.id())
        .containsExactly(tagPolicy);

    assertThatThrownBy(
            () ->
                alice.createPolicy(
                    r ->
                        r.name("guard")
                            .description("")
                            .type(PolicyType.SERVICE_CONTROL_POLICY)
                            .content(SCP)))
        .isInstanceOf(AccessDeniedException.class);
    String scp =
        mgmt.createPolicy(
                r ->
                    r.name("guard")
                        .description("")
                        .type(PolicyType.SERVICE_CONTROL_POLICY)
                        .content(SCP))
            .policy()
            .policySummary()
            .id();
    assertThatThrownBy(() -> alice.attachPolicy(r -> r.policyId(scp).targetId(ou)))
        .isInstanceOf(AccessDeniedException.class);
    // What the policy does not list stays the management account's.
    assertThatThrownBy(() -> alice.detachPolicy(r -> r.policyId(tagPolicy).targetId(ou)))
        .isInstanceOf(AccessDeniedException.class);
  }
}
