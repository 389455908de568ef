package dev.orgd.server.protocol.ops;

import dev.orgd.core.model.ChildType;
import dev.orgd.core.page.PageRequest;
import dev.orgd.core.service.StructureService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.ListChildrenRequest;
import dev.orgd.server.protocol.wire.ListChildrenResponse;
import dev.orgd.server.protocol.wire.WireChild;

/** ListChildren: the accounts or the OUs directly under a root or OU, by id. */
public final class ListChildren implements Operation<ListChildrenRequest, ListChildrenResponse> {
  private final StructureService structure;

  public ListChildren(StructureService structure) {
    this.structure = structure;
  }

  @Override
  public Class<ListChildrenRequest> inputType() {
    return ListChildrenRequest.class;
  }

  @Override
  public ListChildrenResponse invoke(ListChildrenRequest input, CallContext context) {
    var page =
        structure.listChildren(
            context.caller(),
            input.parentId(),
            ChildType.valueOf(input.childType()),
            new PageRequest(input.maxResults(), input.nextToken()));
    return new ListChildrenResponse(
        page.items().stream().map(WireChild::of).toList(), page.nextToken());
  }
}
