package dev.orgd.server.protocol.ops;

import dev.orgd.core.model.AccountId;
import dev.orgd.core.service.DelegatedAdministratorService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.DeregisterDelegatedAdministratorRequest;

/** DeregisterDelegatedAdministrator: removes one registration. */
public final class DeregisterDelegatedAdministrator
    implements Operation<DeregisterDelegatedAdministratorRequest, Void> {
  private final DelegatedAdministratorService delegatedAdministrators;

  public DeregisterDelegatedAdministrator(DelegatedAdministratorService delegatedAdministrators) {
    this.delegatedAdministrators = delegatedAdministrators;
  }

  @Override
  public Class<DeregisterDelegatedAdministratorRequest> inputType() {
    return DeregisterDelegatedAdministratorRequest.class;
  }

  @Override
  public Void invoke(DeregisterDelegatedAdministratorRequest input, CallContext context) {
    delegatedAdministrators.deregister(
        context.caller(), new AccountId(input.accountId()), input.servicePrincipal());
    return null;
  }
}
