package dev.orgd.server.protocol.ops;

import dev.orgd.core.page.PageRequest;
import dev.orgd.core.service.PolicyAttachmentService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.ListTargetsForPolicyRequest;
import dev.orgd.server.protocol.wire.ListTargetsForPolicyResponse;
import dev.orgd.server.protocol.wire.WirePolicyTargetSummary;

/** ListTargetsForPolicy: the roots, OUs and accounts a policy is attached to. */
public final class ListTargetsForPolicy
    implements Operation<ListTargetsForPolicyRequest, ListTargetsForPolicyResponse> {
  private final PolicyAttachmentService attachments;

  public ListTargetsForPolicy(PolicyAttachmentService attachments) {
    this.attachments = attachments;
  }

  @Override
  public Class<ListTargetsForPolicyRequest> inputType() {
    return ListTargetsForPolicyRequest.class;
  }

  @Override
  public ListTargetsForPolicyResponse invoke(
      ListTargetsForPolicyRequest input, CallContext context) {
    var page =
        attachments.listTargetsForPolicy(
            context.caller(),
            input.policyId(),
            new PageRequest(input.maxResults(), input.nextToken()));
    return new ListTargetsForPolicyResponse(
        page.items().stream().map(WirePolicyTargetSummary::of).toList(), page.nextToken());
  }
}
