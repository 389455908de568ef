package dev.orgd.server.protocol.ops;

import dev.orgd.core.model.Organization;
import dev.orgd.core.page.Page;
import dev.orgd.core.page.PageRequest;
import dev.orgd.core.service.OrganizationService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.ListRootsRequest;
import dev.orgd.server.protocol.wire.ListRootsResponse;
import dev.orgd.server.protocol.wire.WireRoot;

/** ListRoots: the organization's single root. */
public final class ListRoots implements Operation<ListRootsRequest, ListRootsResponse> {
  private final OrganizationService organizations;

  public ListRoots(OrganizationService organizations) {
    this.organizations = organizations;
  }

  @Override
  public Class<ListRootsRequest> inputType() {
    return ListRootsRequest.class;
  }

  @Override
  public ListRootsResponse invoke(ListRootsRequest input, CallContext context) {
    Page<Organization> page =
        organizations.listRoots(
            context.caller(), new PageRequest(input.maxResults(), input.nextToken()));
    return new ListRootsResponse(
        page.items().stream().map(WireRoot::of).toList(), page.nextToken());
  }
}
