package dev.orgd.server.protocol.ops;

import dev.orgd.core.service.PolicyService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.DescribePolicyRequest;
import dev.orgd.server.protocol.wire.DescribePolicyResponse;
import dev.orgd.server.protocol.wire.WirePolicy;

/** DescribePolicy: a customer policy of the organization or an AWS managed one. */
public final class DescribePolicy
    implements Operation<DescribePolicyRequest, DescribePolicyResponse> {
  private final PolicyService policies;

  public DescribePolicy(PolicyService policies) {
    this.policies = policies;
  }

  @Override
  public Class<DescribePolicyRequest> inputType() {
    return DescribePolicyRequest.class;
  }

  @Override
  public DescribePolicyResponse invoke(DescribePolicyRequest input, CallContext context) {
    return new DescribePolicyResponse(
        WirePolicy.of(policies.describePolicy(context.caller(), input.policyId())));
  }
}
