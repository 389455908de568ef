package dev.orgd.server.protocol.ops;

import dev.orgd.core.service.PolicyService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.UpdatePolicyRequest;
import dev.orgd.server.protocol.wire.UpdatePolicyResponse;
import dev.orgd.server.protocol.wire.WirePolicy;

/** UpdatePolicy: the name, description or document of a customer policy. */
public final class UpdatePolicy implements Operation<UpdatePolicyRequest, UpdatePolicyResponse> {
  private final PolicyService policies;

  public UpdatePolicy(PolicyService policies) {
    this.policies = policies;
  }

  @Override
  public Class<UpdatePolicyRequest> inputType() {
    return UpdatePolicyRequest.class;
  }

  @Override
  public UpdatePolicyResponse invoke(UpdatePolicyRequest input, CallContext context) {
    return new UpdatePolicyResponse(
        WirePolicy.of(
            policies.updatePolicy(
                context.caller(),
                input.policyId(),
                input.name(),
                input.description(),
                input.content())));
  }
}
