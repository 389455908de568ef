package dev.orgd.server.protocol.ops;

import dev.orgd.core.service.PolicyAttachmentService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.AttachPolicyRequest;

/** AttachPolicy to a root, OU or account. */
public final class AttachPolicy implements Operation<AttachPolicyRequest, Void> {
  private final PolicyAttachmentService attachments;

  public AttachPolicy(PolicyAttachmentService attachments) {
    this.attachments = attachments;
  }

  @Override
  public Class<AttachPolicyRequest> inputType() {
    return AttachPolicyRequest.class;
  }

  @Override
  public Void invoke(AttachPolicyRequest input, CallContext context) {
    attachments.attachPolicy(context.caller(), input.policyId(), input.targetId());
    return null;
  }
}
