package dev.orgd.server.protocol.ops;

import dev.orgd.core.model.ResponsibilityTransferId;
import dev.orgd.core.service.ResponsibilityTransferService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.UpdateResponsibilityTransferRequest;
import dev.orgd.server.protocol.wire.UpdateResponsibilityTransferResponse;
import dev.orgd.server.protocol.wire.WireResponsibilityTransfer;

/** UpdateResponsibilityTransfer: renames a transfer. */
public final class UpdateResponsibilityTransfer
    implements Operation<
        UpdateResponsibilityTransferRequest, UpdateResponsibilityTransferResponse> {
  private final ResponsibilityTransferService transfers;

  public UpdateResponsibilityTransfer(ResponsibilityTransferService transfers) {
    this.transfers = transfers;
  }

  @Override
  public Class<UpdateResponsibilityTransferRequest> inputType() {
    return UpdateResponsibilityTransferRequest.class;
  }

  @Override
  public UpdateResponsibilityTransferResponse invoke(
      UpdateResponsibilityTransferRequest input, CallContext context) {
    return new UpdateResponsibilityTransferResponse(
        WireResponsibilityTransfer.of(
            transfers.update(
                context.caller(), new ResponsibilityTransferId(input.id()), input.name())));
  }
}
