package dev.orgd.server.protocol.ops;

import dev.orgd.core.page.PageRequest;
import dev.orgd.core.policy.PolicyType;
import dev.orgd.core.service.PolicyService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.ListPoliciesRequest;
import dev.orgd.server.protocol.wire.ListPoliciesResponse;
import dev.orgd.server.protocol.wire.WirePolicySummary;

/** ListPolicies of one type: customer policies in creation order, then the AWS managed one. */
public final class ListPolicies implements Operation<ListPoliciesRequest, ListPoliciesResponse> {
  private final PolicyService policies;

  public ListPolicies(PolicyService policies) {
    this.policies = policies;
  }

  @Override
  public Class<ListPoliciesRequest> inputType() {
    return ListPoliciesRequest.class;
  }

  @Override
  public ListPoliciesResponse invoke(ListPoliciesRequest input, CallContext context) {
    var page =
        policies.listPolicies(
            context.caller(),
            PolicyType.valueOf(input.filter()),
            new PageRequest(input.maxResults(), input.nextToken()));
    return new ListPoliciesResponse(
        page.items().stream().map(WirePolicySummary::of).toList(), page.nextToken());
  }
}
