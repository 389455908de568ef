package dev.orgd.server.protocol.ops;

import dev.orgd.core.page.PageRequest;
import dev.orgd.core.service.StructureService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.ListParentsRequest;
import dev.orgd.server.protocol.wire.ListParentsResponse;
import dev.orgd.server.protocol.wire.WireParent;

/** ListParents: the one parent of a member account or an OU. */
public final class ListParents implements Operation<ListParentsRequest, ListParentsResponse> {
  private final StructureService structure;

  public ListParents(StructureService structure) {
    this.structure = structure;
  }

  @Override
  public Class<ListParentsRequest> inputType() {
    return ListParentsRequest.class;
  }

  @Override
  public ListParentsResponse invoke(ListParentsRequest input, CallContext context) {
    var page =
        structure.listParents(
            context.caller(),
            input.childId(),
            new PageRequest(input.maxResults(), input.nextToken()));
    return new ListParentsResponse(
        page.items().stream().map(WireParent::of).toList(), page.nextToken());
  }
}
