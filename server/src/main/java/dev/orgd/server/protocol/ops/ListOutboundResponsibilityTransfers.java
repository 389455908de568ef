package dev.orgd.server.protocol.ops;

import dev.orgd.core.model.TransferType;
import dev.orgd.core.page.Page;
import dev.orgd.core.page.PageRequest;
import dev.orgd.core.service.ResponsibilityTransferService;
import dev.orgd.core.service.ResponsibilityTransferService.TransferView;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.ListOutboundResponsibilityTransfersRequest;
import dev.orgd.server.protocol.wire.ListOutboundResponsibilityTransfersResponse;
import dev.orgd.server.protocol.wire.WireResponsibilityTransfer;

/** ListOutboundResponsibilityTransfers: the transfers in which another organization pays. */
public final class ListOutboundResponsibilityTransfers
    implements Operation<
        ListOutboundResponsibilityTransfersRequest, ListOutboundResponsibilityTransfersResponse> {
  private final ResponsibilityTransferService transfers;

  public ListOutboundResponsibilityTransfers(ResponsibilityTransferService transfers) {
    this.transfers = transfers;
  }

  @Override
  public Class<ListOutboundResponsibilityTransfersRequest> inputType() {
    return ListOutboundResponsibilityTransfersRequest.class;
  }

  @Override
  public ListOutboundResponsibilityTransfersResponse invoke(
      ListOutboundResponsibilityTransfersRequest input, CallContext context) {
    Page<TransferView> page =
        transfers.listOutbound(
            context.caller(),
            TransferType.valueOf(input.type()),
            new PageRequest(input.maxResults(), input.nextToken()));
    return new ListOutboundResponsibilityTransfersResponse(
        WireResponsibilityTransfer.of(page.items()), page.nextToken());
  }
}
