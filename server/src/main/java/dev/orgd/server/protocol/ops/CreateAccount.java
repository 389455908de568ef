package dev.orgd.server.protocol.ops;

import dev.orgd.core.service.AccountService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.CreateAccountRequest;
import dev.orgd.server.protocol.wire.CreateAccountResponse;
import dev.orgd.server.protocol.wire.WireCreateAccountStatus;
import dev.orgd.server.protocol.wire.WireTag;

/** CreateAccount: creation completes at once; the status tells whether it succeeded. */
public final class CreateAccount implements Operation<CreateAccountRequest, CreateAccountResponse> {
  private final AccountService accounts;

  public CreateAccount(AccountService accounts) {
    this.accounts = accounts;
  }

  @Override
  public Class<CreateAccountRequest> inputType() {
    return CreateAccountRequest.class;
  }

  @Override
  public CreateAccountResponse invoke(CreateAccountRequest input, CallContext context) {
    return new CreateAccountResponse(
        WireCreateAccountStatus.of(
            accounts.createAccount(
                context.caller(),
                input.email(),
                input.accountName(),
                WireTag.toDomain(input.tags()))));
  }
}
