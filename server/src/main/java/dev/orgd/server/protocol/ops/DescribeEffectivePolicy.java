package dev.orgd.server.protocol.ops;

import dev.orgd.core.policy.PolicyType;
import dev.orgd.core.service.EffectivePolicyService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.DescribeEffectivePolicyRequest;
import dev.orgd.server.protocol.wire.DescribeEffectivePolicyResponse;
import dev.orgd.server.protocol.wire.WireEffectivePolicy;

/** DescribeEffectivePolicy of an account (the caller when no TargetId is given). */
public final class DescribeEffectivePolicy
    implements Operation<DescribeEffectivePolicyRequest, DescribeEffectivePolicyResponse> {
  private final EffectivePolicyService effective;

  public DescribeEffectivePolicy(EffectivePolicyService effective) {
    this.effective = effective;
  }

  @Override
  public Class<DescribeEffectivePolicyRequest> inputType() {
    return DescribeEffectivePolicyRequest.class;
  }

  @Override
  public DescribeEffectivePolicyResponse invoke(
      DescribeEffectivePolicyRequest input, CallContext context) {
    return new DescribeEffectivePolicyResponse(
        WireEffectivePolicy.of(
            effective.describeEffectivePolicy(
                context.caller(), PolicyType.valueOf(input.policyType()), input.targetId())));
  }
}
