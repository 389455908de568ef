package dev.orgd.server.protocol.ops;

import dev.orgd.core.service.Orgd;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.hotpath.ListedHandshakes;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The registry, and the one list of implemented operations: every operation class, named after its
 * AWS operation, listed here by hand. {@code tools/trim-model.py} keeps the model's operations this
 * list names, and tests check that the trimmed model, the README's table and each operation's wire
 * records agree with it. Adding an operation is one line here, its class and its records.
 */
public final class Operations {
  private Operations() {
    throw new AssertionError("not instantiable");
  }

  /** Operation name (the part of X-Amz-Target after the dot, its class's name) to operation. */
  public static Map<String, Operation<?, ?>> registry(Orgd orgd) {
    ListedHandshakes listed = new ListedHandshakes();
    return byName(
        // organizations and accounts
        new CreateOrganization(orgd.organizations()),
        new DescribeOrganization(orgd.organizations()),
        new DeleteOrganization(orgd.organizations()),
        new LeaveOrganization(orgd.organizations()),
        new RemoveAccountFromOrganization(orgd.organizations()),
        new DescribeAccount(orgd.organizations()),
        new ListAccounts(orgd.organizations()),
        new ListRoots(orgd.policyTypes()),
        new CreateAccount(orgd.accounts()),
        new DescribeCreateAccountStatus(orgd.accounts()),
        new ListCreateAccountStatus(orgd.accounts()),
        new CreateGovCloudAccount(orgd.accounts()),
        new CloseAccount(orgd.closures()),
        // the organization's structure
        new CreateOrganizationalUnit(orgd.structure()),
        new DescribeOrganizationalUnit(orgd.structure()),
        new UpdateOrganizationalUnit(orgd.structure()),
        new DeleteOrganizationalUnit(orgd.structure()),
        new ListOrganizationalUnitsForParent(orgd.structure()),
        new ListChildren(orgd.structure()),
        new ListParents(orgd.structure()),
        new ListAccountsForParent(orgd.structure()),
        new MoveAccount(orgd.structure()),
        // tags
        new TagResource(orgd.tags()),
        new UntagResource(orgd.tags()),
        new ListTagsForResource(orgd.tags()),
        // the resource-based delegation policy
        new PutResourcePolicy(orgd.resourcePolicies()),
        new DescribeResourcePolicy(orgd.resourcePolicies()),
        new DeleteResourcePolicy(orgd.resourcePolicies()),
        // delegated administrators
        new RegisterDelegatedAdministrator(orgd.delegatedAdministrators()),
        new DeregisterDelegatedAdministrator(orgd.delegatedAdministrators()),
        new ListDelegatedAdministrators(orgd.delegatedAdministrators()),
        new ListDelegatedServicesForAccount(orgd.delegatedAdministrators()),
        // trusted access
        new EnableAWSServiceAccess(orgd.serviceAccess()),
        new DisableAWSServiceAccess(orgd.serviceAccess()),
        new ListAWSServiceAccessForOrganization(orgd.serviceAccess()),
        // handshakes
        new InviteAccountToOrganization(orgd.handshakes()),
        new AcceptHandshake(orgd.handshakes()),
        new DeclineHandshake(orgd.handshakes()),
        new CancelHandshake(orgd.handshakes()),
        new DescribeHandshake(orgd.handshakes()),
        new ListHandshakesForAccount(orgd.handshakes(), listed),
        new ListHandshakesForOrganization(orgd.handshakes(), listed),
        new EnableAllFeatures(orgd.handshakes()),
        // responsibility (billing) transfers
        new InviteOrganizationToTransferResponsibility(orgd.responsibilityTransfers()),
        new DescribeResponsibilityTransfer(orgd.responsibilityTransfers()),
        new ListInboundResponsibilityTransfers(orgd.responsibilityTransfers()),
        new ListOutboundResponsibilityTransfers(orgd.responsibilityTransfers()),
        new TerminateResponsibilityTransfer(orgd.responsibilityTransfers()),
        new UpdateResponsibilityTransfer(orgd.responsibilityTransfers()),
        // policies
        new CreatePolicy(orgd.policies()),
        new DescribePolicy(orgd.policies()),
        new UpdatePolicy(orgd.policies()),
        new DeletePolicy(orgd.policies()),
        new ListPolicies(orgd.policies()),
        new AttachPolicy(orgd.policyAttachments()),
        new DetachPolicy(orgd.policyAttachments()),
        new ListPoliciesForTarget(orgd.policyAttachments()),
        new ListTargetsForPolicy(orgd.policyAttachments()),
        new EnablePolicyType(orgd.policyTypes()),
        new DisablePolicyType(orgd.policyTypes()),
        new DescribeEffectivePolicy(orgd.effectivePolicies()),
        new ListAccountsWithInvalidEffectivePolicy(orgd.effectivePolicies()),
        new ListEffectivePolicyValidationErrors(orgd.effectivePolicies()));
  }

  private static Map<String, Operation<?, ?>> byName(Operation<?, ?>... operations) {
    Map<String, Operation<?, ?>> byName = new LinkedHashMap<>();
    for (Operation<?, ?> operation : operations) {
      if (byName.put(operation.getClass().getSimpleName(), operation) != null) {
        throw new IllegalStateException("registered twice: " + operation.getClass());
      }
    }
    return Map.copyOf(byName);
  }
}
