package dev.orgd.server.protocol.ops;

import dev.orgd.core.model.ResponsibilityTransferId;
import dev.orgd.core.service.ResponsibilityTransferService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.TerminateResponsibilityTransferRequest;
import dev.orgd.server.protocol.wire.TerminateResponsibilityTransferResponse;
import dev.orgd.server.protocol.wire.WireResponsibilityTransfer;

/** TerminateResponsibilityTransfer: withdraws an accepted transfer, ending at a month's end. */
public final class TerminateResponsibilityTransfer
    implements Operation<
        TerminateResponsibilityTransferRequest, TerminateResponsibilityTransferResponse> {
  private final ResponsibilityTransferService transfers;

  public TerminateResponsibilityTransfer(ResponsibilityTransferService transfers) {
    this.transfers = transfers;
  }

  @Override
  public Class<TerminateResponsibilityTransferRequest> inputType() {
    return TerminateResponsibilityTransferRequest.class;
  }

  @Override
  public TerminateResponsibilityTransferResponse invoke(
      TerminateResponsibilityTransferRequest input, CallContext context) {
    return new TerminateResponsibilityTransferResponse(
        WireResponsibilityTransfer.of(
            transfers.terminate(
                context.caller(), new ResponsibilityTransferId(input.id()), input.endTimestamp())));
  }
}
