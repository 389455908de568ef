package dev.orgd.server.protocol.ops;

import dev.orgd.core.page.PageRequest;
import dev.orgd.core.service.StructureService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.ListOrganizationalUnitsForParentRequest;
import dev.orgd.server.protocol.wire.ListOrganizationalUnitsForParentResponse;
import dev.orgd.server.protocol.wire.WireOrganizationalUnit;

/** ListOrganizationalUnitsForParent: the OUs directly under a root or OU, by id. */
public final class ListOrganizationalUnitsForParent
    implements Operation<
        ListOrganizationalUnitsForParentRequest, ListOrganizationalUnitsForParentResponse> {
  private final StructureService structure;

  public ListOrganizationalUnitsForParent(StructureService structure) {
    this.structure = structure;
  }

  @Override
  public Class<ListOrganizationalUnitsForParentRequest> inputType() {
    return ListOrganizationalUnitsForParentRequest.class;
  }

  @Override
  public ListOrganizationalUnitsForParentResponse invoke(
      ListOrganizationalUnitsForParentRequest input, CallContext context) {
    var page =
        structure.listOrganizationalUnitsForParent(
            context.caller(),
            input.parentId(),
            new PageRequest(input.maxResults(), input.nextToken()));
    return new ListOrganizationalUnitsForParentResponse(
        page.items().stream().map(WireOrganizationalUnit::of).toList(), page.nextToken());
  }
}
