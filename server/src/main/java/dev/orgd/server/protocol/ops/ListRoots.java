package dev.orgd.server.protocol.ops;

import dev.orgd.core.page.Page;
import dev.orgd.core.page.PageRequest;
import dev.orgd.core.service.PolicyTypeService;
import dev.orgd.core.service.RootDetails;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.ListRootsRequest;
import dev.orgd.server.protocol.wire.ListRootsResponse;
import dev.orgd.server.protocol.wire.WireRoot;

/** ListRoots: the organization's single root with its enabled policy types. */
public final class ListRoots implements Operation<ListRootsRequest, ListRootsResponse> {
  private final PolicyTypeService policyTypes;

  public ListRoots(PolicyTypeService policyTypes) {
    this.policyTypes = policyTypes;
  }

  @Override
  public Class<ListRootsRequest> inputType() {
    return ListRootsRequest.class;
  }

  @Override
  public ListRootsResponse invoke(ListRootsRequest input, CallContext context) {
    Page<RootDetails> page =
        policyTypes.listRoots(
            context.caller(), new PageRequest(input.maxResults(), input.nextToken()));
    return new ListRootsResponse(
        page.items().stream().map(WireRoot::of).toList(), page.nextToken());
  }
}
