package dev.orgd.server.protocol.ops;

import dev.orgd.core.policy.PolicyType;
import dev.orgd.core.service.PolicyService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.CreatePolicyRequest;
import dev.orgd.server.protocol.wire.CreatePolicyResponse;
import dev.orgd.server.protocol.wire.WirePolicy;
import dev.orgd.server.protocol.wire.WireTag;

/** CreatePolicy: a customer policy of any of the thirteen types. */
public final class CreatePolicy implements Operation<CreatePolicyRequest, CreatePolicyResponse> {
  private final PolicyService policies;

  public CreatePolicy(PolicyService policies) {
    this.policies = policies;
  }

  @Override
  public Class<CreatePolicyRequest> inputType() {
    return CreatePolicyRequest.class;
  }

  @Override
  public CreatePolicyResponse invoke(CreatePolicyRequest input, CallContext context) {
    return new CreatePolicyResponse(
        WirePolicy.of(
            policies.createPolicy(
                context.caller(),
                input.name(),
                input.description(),
                input.content(),
                PolicyType.valueOf(input.type()),
                WireTag.toDomain(input.tags()))));
  }
}
