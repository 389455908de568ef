package dev.orgd.server.protocol.ops;

import dev.orgd.core.model.CreateAccountState;
import dev.orgd.core.model.CreateAccountStatus;
import dev.orgd.core.page.Page;
import dev.orgd.core.page.PageRequest;
import dev.orgd.core.service.AccountService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.ListCreateAccountStatusRequest;
import dev.orgd.server.protocol.wire.ListCreateAccountStatusResponse;
import dev.orgd.server.protocol.wire.WireCreateAccountStatus;
import java.util.EnumSet;
import java.util.Set;

/** ListCreateAccountStatus: the CreateAccount requests, newest first, optionally in some states. */
public final class ListCreateAccountStatus
    implements Operation<ListCreateAccountStatusRequest, ListCreateAccountStatusResponse> {
  private final AccountService accounts;

  public ListCreateAccountStatus(AccountService accounts) {
    this.accounts = accounts;
  }

  @Override
  public Class<ListCreateAccountStatusRequest> inputType() {
    return ListCreateAccountStatusRequest.class;
  }

  @Override
  public ListCreateAccountStatusResponse invoke(
      ListCreateAccountStatusRequest input, CallContext context) {
    Set<CreateAccountState> states = EnumSet.noneOf(CreateAccountState.class);
    if (input.states() != null) {
      input.states().forEach(state -> states.add(CreateAccountState.valueOf(state)));
    }
    Page<CreateAccountStatus> page =
        accounts.listCreateAccountStatus(
            context.caller(), states, new PageRequest(input.maxResults(), input.nextToken()));
    return new ListCreateAccountStatusResponse(
        page.items().stream().map(WireCreateAccountStatus::of).toList(), page.nextToken());
  }
}
