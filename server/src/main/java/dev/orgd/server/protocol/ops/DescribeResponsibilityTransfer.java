package dev.orgd.server.protocol.ops;

import dev.orgd.core.model.ResponsibilityTransferId;
import dev.orgd.core.service.ResponsibilityTransferService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.DescribeResponsibilityTransferRequest;
import dev.orgd.server.protocol.wire.DescribeResponsibilityTransferResponse;
import dev.orgd.server.protocol.wire.WireResponsibilityTransfer;

/** DescribeResponsibilityTransfer: one transfer, to either of its management accounts. */
public final class DescribeResponsibilityTransfer
    implements Operation<
        DescribeResponsibilityTransferRequest, DescribeResponsibilityTransferResponse> {
  private final ResponsibilityTransferService transfers;

  public DescribeResponsibilityTransfer(ResponsibilityTransferService transfers) {
    this.transfers = transfers;
  }

  @Override
  public Class<DescribeResponsibilityTransferRequest> inputType() {
    return DescribeResponsibilityTransferRequest.class;
  }

  @Override
  public DescribeResponsibilityTransferResponse invoke(
      DescribeResponsibilityTransferRequest input, CallContext context) {
    return new DescribeResponsibilityTransferResponse(
        WireResponsibilityTransfer.of(
            transfers.describe(context.caller(), new ResponsibilityTransferId(input.id()))));
  }
}
