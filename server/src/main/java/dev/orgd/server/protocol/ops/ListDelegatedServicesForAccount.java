package dev.orgd.server.protocol.ops;

import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.DelegatedAdministrator;
import dev.orgd.core.page.Page;
import dev.orgd.core.page.PageRequest;
import dev.orgd.core.service.DelegatedAdministratorService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.ListDelegatedServicesForAccountRequest;
import dev.orgd.server.protocol.wire.ListDelegatedServicesForAccountResponse;
import dev.orgd.server.protocol.wire.WireDelegatedService;

/** ListDelegatedServicesForAccount: the services one delegated administrator administers. */
public final class ListDelegatedServicesForAccount
    implements Operation<
        ListDelegatedServicesForAccountRequest, ListDelegatedServicesForAccountResponse> {
  private final DelegatedAdministratorService delegatedAdministrators;

  public ListDelegatedServicesForAccount(DelegatedAdministratorService delegatedAdministrators) {
    this.delegatedAdministrators = delegatedAdministrators;
  }

  @Override
  public Class<ListDelegatedServicesForAccountRequest> inputType() {
    return ListDelegatedServicesForAccountRequest.class;
  }

  @Override
  public ListDelegatedServicesForAccountResponse invoke(
      ListDelegatedServicesForAccountRequest input, CallContext context) {
    Page<DelegatedAdministrator> page =
        delegatedAdministrators.services(
            context.caller(),
            new AccountId(input.accountId()),
            new PageRequest(input.maxResults(), input.nextToken()));
    return new ListDelegatedServicesForAccountResponse(
        page.items().stream().map(WireDelegatedService::of).toList(), page.nextToken());
  }
}
