package dev.orgd.server.protocol.ops;

import dev.orgd.core.model.AccountId;
import dev.orgd.core.service.DelegatedAdministratorService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.RegisterDelegatedAdministratorRequest;

/** RegisterDelegatedAdministrator: a member becomes delegated administrator for a service. */
public final class RegisterDelegatedAdministrator
    implements Operation<RegisterDelegatedAdministratorRequest, Void> {
  private final DelegatedAdministratorService delegatedAdministrators;

  public RegisterDelegatedAdministrator(DelegatedAdministratorService delegatedAdministrators) {
    this.delegatedAdministrators = delegatedAdministrators;
  }

  @Override
  public Class<RegisterDelegatedAdministratorRequest> inputType() {
    return RegisterDelegatedAdministratorRequest.class;
  }

  @Override
  public Void invoke(RegisterDelegatedAdministratorRequest input, CallContext context) {
    delegatedAdministrators.register(
        context.caller(), new AccountId(input.accountId()), input.servicePrincipal());
    return null;
  }
}
