package dev.orgd.server.protocol.ops;

import dev.orgd.core.page.Page;
import dev.orgd.core.page.PageRequest;
import dev.orgd.core.service.AccountDetails;
import dev.orgd.core.service.OrganizationService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.ListAccountsRequest;
import dev.orgd.server.protocol.wire.ListAccountsResponse;
import dev.orgd.server.protocol.wire.WireAccount;

/** ListAccounts: the organization's accounts, management account included. */
public final class ListAccounts implements Operation<ListAccountsRequest, ListAccountsResponse> {
  private final OrganizationService organizations;

  public ListAccounts(OrganizationService organizations) {
    this.organizations = organizations;
  }

  @Override
  public Class<ListAccountsRequest> inputType() {
    return ListAccountsRequest.class;
  }

  @Override
  public ListAccountsResponse invoke(ListAccountsRequest input, CallContext context) {
    Page<AccountDetails> page =
        organizations.listAccounts(
            context.caller(), new PageRequest(input.maxResults(), input.nextToken()));
    return new ListAccountsResponse(
        page.items().stream().map(WireAccount::of).toList(), page.nextToken());
  }
}
