package dev.orgd.server.protocol.ops;

import dev.orgd.core.service.ResourcePolicyService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.NoInput;

/** DeleteResourcePolicy: deletes the organization's resource-based delegation policy. */
public final class DeleteResourcePolicy implements Operation<NoInput, Void> {
  private final ResourcePolicyService policies;

  public DeleteResourcePolicy(ResourcePolicyService policies) {
    this.policies = policies;
  }

  @Override
  public Class<NoInput> inputType() {
    return NoInput.class;
  }

  @Override
  public Void invoke(NoInput input, CallContext context) {
    policies.delete(context.caller());
    return null;
  }
}
