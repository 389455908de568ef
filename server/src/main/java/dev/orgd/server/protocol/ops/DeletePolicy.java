package dev.orgd.server.protocol.ops;

import dev.orgd.core.service.PolicyService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.DeletePolicyRequest;

/** DeletePolicy: a customer policy attached to nothing. */
public final class DeletePolicy implements Operation<DeletePolicyRequest, Void> {
  private final PolicyService policies;

  public DeletePolicy(PolicyService policies) {
    this.policies = policies;
  }

  @Override
  public Class<DeletePolicyRequest> inputType() {
    return DeletePolicyRequest.class;
  }

  @Override
  public Void invoke(DeletePolicyRequest input, CallContext context) {
    policies.deletePolicy(context.caller(), input.policyId());
    return null;
  }
}
