package dev.orgd.server.protocol.ops;

import dev.orgd.core.page.Page;
import dev.orgd.core.page.PageRequest;
import dev.orgd.core.service.DelegatedAdministratorDetails;
import dev.orgd.core.service.DelegatedAdministratorService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.ListDelegatedAdministratorsRequest;
import dev.orgd.server.protocol.wire.ListDelegatedAdministratorsResponse;
import dev.orgd.server.protocol.wire.WireDelegatedAdministrator;

/** ListDelegatedAdministrators: the delegated administrators, optionally for one service. */
public final class ListDelegatedAdministrators
    implements Operation<ListDelegatedAdministratorsRequest, ListDelegatedAdministratorsResponse> {
  private final DelegatedAdministratorService delegatedAdministrators;

  public ListDelegatedAdministrators(DelegatedAdministratorService delegatedAdministrators) {
    this.delegatedAdministrators = delegatedAdministrators;
  }

  @Override
  public Class<ListDelegatedAdministratorsRequest> inputType() {
    return ListDelegatedAdministratorsRequest.class;
  }

  @Override
  public ListDelegatedAdministratorsResponse invoke(
      ListDelegatedAdministratorsRequest input, CallContext context) {
    Page<DelegatedAdministratorDetails> page =
        delegatedAdministrators.list(
            context.caller(),
            input.servicePrincipal(),
            new PageRequest(input.maxResults(), input.nextToken()));
    return new ListDelegatedAdministratorsResponse(
        page.items().stream().map(WireDelegatedAdministrator::of).toList(), page.nextToken());
  }
}
