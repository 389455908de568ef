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
import software.amazon.awssdk.services.organizations.model.Root;

/**
 * {@code --enforce-scps} through the JUnit extension's {@code enforceScps(true)}: the classic "deny
 * organizations:LeaveOrganization" guardrail holds for a member, and never binds the management
 * account.
 */
class ScpEnforcementIT {
  @RegisterExtension static final OrgdExtension ORGD = ItOrgd.builder().enforceScps(true).build();

  private static final String DENY_LEAVE =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"NoLeaving\",\"Effect\":\"Deny\","
          + "\"Action\":[\"organizations:LeaveOrganization\"],\"Resource\":\"*\"}]}";

  private final OrganizationsClient mgmt = ORGD.runtime().client(MGMT);
  private final OrganizationsClient alice = ORGD.runtime().client(ALICE);

  @Test
  void aDenyLeaveOrganizationGuardrailBlocksTheMemberButNotTheManagementAccount() {
    createOrganization(mgmt, OrganizationFeatureSet.ALL);
    String handshake = inviteAccount(mgmt, ALICE).id();
    alice.acceptHandshake(r -> r.handshakeId(handshake));
    Root root = mgmt.listRoots().roots().get(0);
    String ou =
        mgmt.createOrganizationalUnit(r -> r.parentId(root.id()).name("Guarded"))
            .organizationalUnit()
            .id();
    mgmt.moveAccount(r -> r.accountId(ALICE).sourceParentId(root.id()).destinationParentId(ou));
    mgmt.enablePolicyType(r -> r.rootId(root.id()).policyType(PolicyType.SERVICE_CONTROL_POLICY));
    String policy =
        mgmt.createPolicy(
                r ->
                    r.name("deny-leave")
                        .description("guardrail")
                        .type(PolicyType.SERVICE_CONTROL_POLICY)
                        .content(DENY_LEAVE))
            .policy()
            .policySummary()
            .id();
    mgmt.attachPolicy(r -> r.policyId(policy).targetId(ou));

    assertThatThrownBy(alice::leaveOrganization)
        .isInstanceOfSatisfying(
            AccessDeniedException.class,
            e ->
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo(
                        "User: arn:aws:iam::"
                            + ALICE
                            + ":root is not authorized to perform:"
                            + " organizations:LeaveOrganization with an explicit deny in a"
                            + " service control policy"));
    // Other calls of the member still pass every level through FullAWSAccess.
    assertThat(alice.describeOrganization().organization().masterAccountId()).isEqualTo(MGMT);
    // The management account is never restricted: it may still detach the guardrail.
    mgmt.detachPolicy(r -> r.policyId(policy).targetId(ou));
    alice.leaveOrganization();
    assertThat(mgmt.listAccounts().accounts()).hasSize(1);
  }
}
