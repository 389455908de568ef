package dev.orgd.server.protocol.ops;

import dev.orgd.core.model.AccountId;
import dev.orgd.core.service.StructureService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.MoveAccountRequest;

/** MoveAccount: a member from its root or OU to another. */
public final class MoveAccount implements Operation<MoveAccountRequest, Void> {
  private final StructureService structure;

  public MoveAccount(StructureService structure) {
    this.structure = structure;
  }

  @Override
  public Class<MoveAccountRequest> inputType() {
    return MoveAccountRequest.class;
  }

  @Override
  public Void invoke(MoveAccountRequest input, CallContext context) {
    structure.moveAccount(
        context.caller(),
        new AccountId(input.accountId()),
        input.sourceParentId(),
        input.destinationParentId());
    return null;
  }
}
