package dev.orgd.server.protocol.ops;

import dev.orgd.core.service.AccountService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.CreateGovCloudAccountRequest;
import dev.orgd.server.protocol.wire.CreateGovCloudAccountResponse;
import dev.orgd.server.protocol.wire.WireCreateAccountStatus;
import dev.orgd.server.protocol.wire.WireTag;

/**
 * CreateGovCloudAccount: a member account paired with a new GovCloud account; creation completes at
 * once, as CreateAccount's does.
 */
public final class CreateGovCloudAccount
    implements Operation<CreateGovCloudAccountRequest, CreateGovCloudAccountResponse> {
  private final AccountService accounts;

  public CreateGovCloudAccount(AccountService accounts) {
    this.accounts = accounts;
  }

  @Override
  public Class<CreateGovCloudAccountRequest> inputType() {
    return CreateGovCloudAccountRequest.class;
  }

  @Override
  public CreateGovCloudAccountResponse invoke(
      CreateGovCloudAccountRequest input, CallContext context) {
    return new CreateGovCloudAccountResponse(
        WireCreateAccountStatus.of(
            accounts.createGovCloudAccount(
                context.caller(),
                context.partition(),
                input.email(),
                input.accountName(),
                WireTag.toDomain(input.tags()))));
  }
}
