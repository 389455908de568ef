package dev.orgd.server.protocol.ops;

import dev.orgd.core.model.AccountId;
import dev.orgd.core.service.Closures;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.CloseAccountRequest;

/** CloseAccount: the management account closes a member; the account's status shows the rest. */
public final class CloseAccount implements Operation<CloseAccountRequest, Void> {
  private final Closures closures;

  public CloseAccount(Closures closures) {
    this.closures = closures;
  }

  @Override
  public Class<CloseAccountRequest> inputType() {
    return CloseAccountRequest.class;
  }

  @Override
  public Void invoke(CloseAccountRequest input, CallContext context) {
    closures.closeAccount(context.caller(), new AccountId(input.accountId()));
    return null;
  }
}
