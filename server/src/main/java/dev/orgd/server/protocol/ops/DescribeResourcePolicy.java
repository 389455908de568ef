package dev.orgd.server.protocol.ops;

import dev.orgd.core.service.ResourcePolicyService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.DescribeResourcePolicyResponse;
import dev.orgd.server.protocol.wire.NoInput;
import dev.orgd.server.protocol.wire.WireResourcePolicy;

/** DescribeResourcePolicy: the organization's resource-based delegation policy. */
public final class DescribeResourcePolicy
    implements Operation<NoInput, DescribeResourcePolicyResponse> {
  private final ResourcePolicyService policies;

  public DescribeResourcePolicy(ResourcePolicyService policies) {
    this.policies = policies;
  }

  @Override
  public Class<NoInput> inputType() {
    return NoInput.class;
  }

  @Override
  public DescribeResourcePolicyResponse invoke(NoInput input, CallContext context) {
    return new DescribeResourcePolicyResponse(
        WireResourcePolicy.of(policies.describe(context.caller())));
  }
}
