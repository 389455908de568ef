package dev.orgd.server.protocol.ops;

import dev.orgd.core.page.PageRequest;
import dev.orgd.core.policy.PolicyType;
import dev.orgd.core.service.PolicyAttachmentService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.ListPoliciesForTargetRequest;
import dev.orgd.server.protocol.wire.ListPoliciesForTargetResponse;
import dev.orgd.server.protocol.wire.WirePolicySummary;

/** ListPoliciesForTarget: the policies of one type directly attached, in attachment order. */
public final class ListPoliciesForTarget
    implements Operation<ListPoliciesForTargetRequest, ListPoliciesForTargetResponse> {
  private final PolicyAttachmentService attachments;

  public ListPoliciesForTarget(PolicyAttachmentService attachments) {
    this.attachments = attachments;
  }

  @Override
  public Class<ListPoliciesForTargetRequest> inputType() {
    return ListPoliciesForTargetRequest.class;
  }

  @Override
  public ListPoliciesForTargetResponse invoke(
      ListPoliciesForTargetRequest input, CallContext context) {
    var page =
        attachments.listPoliciesForTarget(
            context.caller(),
            input.targetId(),
            PolicyType.valueOf(input.filter()),
            new PageRequest(input.maxResults(), input.nextToken()));
    return new ListPoliciesForTargetResponse(
        page.items().stream().map(WirePolicySummary::of).toList(), page.nextToken());
  }
}
