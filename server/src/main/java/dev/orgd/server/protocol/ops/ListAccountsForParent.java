package dev.orgd.server.protocol.ops;

import dev.orgd.core.page.PageRequest;
import dev.orgd.core.service.StructureService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.ListAccountsForParentRequest;
import dev.orgd.server.protocol.wire.ListAccountsForParentResponse;
import dev.orgd.server.protocol.wire.WireAccount;

/** ListAccountsForParent: the accounts directly under a root or OU, by id. */
public final class ListAccountsForParent
    implements Operation<ListAccountsForParentRequest, ListAccountsForParentResponse> {
  private final StructureService structure;

  public ListAccountsForParent(StructureService structure) {
    this.structure = structure;
  }

  @Override
  public Class<ListAccountsForParentRequest> inputType() {
    return ListAccountsForParentRequest.class;
  }

  @Override
  public ListAccountsForParentResponse invoke(
      ListAccountsForParentRequest input, CallContext context) {
    var page =
        structure.listAccountsForParent(
            context.caller(),
            input.parentId(),
            new PageRequest(input.maxResults(), input.nextToken()));
    return new ListAccountsForParentResponse(
        page.items().stream().map(WireAccount::of).toList(), page.nextToken());
  }
}
