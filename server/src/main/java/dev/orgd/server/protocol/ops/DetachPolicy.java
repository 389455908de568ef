package dev.orgd.server.protocol.ops;

import dev.orgd.core.service.PolicyAttachmentService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.DetachPolicyRequest;

/** DetachPolicy from a root, OU or account. */
public final class DetachPolicy implements Operation<DetachPolicyRequest, Void> {
  private final PolicyAttachmentService attachments;

  public DetachPolicy(PolicyAttachmentService attachments) {
    this.attachments = attachments;
  }

  @Override
  public Class<DetachPolicyRequest> inputType() {
    return DetachPolicyRequest.class;
  }

  @Override
  public Void invoke(DetachPolicyRequest input, CallContext context) {
    attachments.detachPolicy(context.caller(), input.policyId(), input.targetId());
    return null;
  }
}
