package dev.orgd.server.protocol.ops;

import dev.orgd.core.page.PageRequest;
import dev.orgd.core.policy.PolicyType;
import dev.orgd.core.service.EffectivePolicyService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.ListAccountsWithInvalidEffectivePolicyRequest;
import dev.orgd.server.protocol.wire.ListAccountsWithInvalidEffectivePolicyResponse;
import dev.orgd.server.protocol.wire.WireAccount;

/** ListAccountsWithInvalidEffectivePolicy: the members whose effective policy has errors. */
public final class ListAccountsWithInvalidEffectivePolicy
    implements Operation<
        ListAccountsWithInvalidEffectivePolicyRequest,
        ListAccountsWithInvalidEffectivePolicyResponse> {
  private final EffectivePolicyService effective;

  public ListAccountsWithInvalidEffectivePolicy(EffectivePolicyService effective) {
    this.effective = effective;
  }

  @Override
  public Class<ListAccountsWithInvalidEffectivePolicyRequest> inputType() {
    return ListAccountsWithInvalidEffectivePolicyRequest.class;
  }

  @Override
  public ListAccountsWithInvalidEffectivePolicyResponse invoke(
      ListAccountsWithInvalidEffectivePolicyRequest input, CallContext context) {
    PolicyType type = PolicyType.valueOf(input.policyType());
    var page =
        effective.listAccountsWithInvalidEffectivePolicy(
            context.caller(), type, new PageRequest(input.maxResults(), input.nextToken()));
    return new ListAccountsWithInvalidEffectivePolicyResponse(
        page.items().stream().map(WireAccount::of).toList(), type.name(), page.nextToken());
  }
}
