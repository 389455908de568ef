package dev.orgd.server.protocol.ops;

import dev.orgd.core.model.ResponsibilityTransferId;
import dev.orgd.core.model.TransferType;
import dev.orgd.core.page.Page;
import dev.orgd.core.page.PageRequest;
import dev.orgd.core.service.ResponsibilityTransferService;
import dev.orgd.core.service.ResponsibilityTransferService.TransferView;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.ListInboundResponsibilityTransfersRequest;
import dev.orgd.server.protocol.wire.ListInboundResponsibilityTransfersResponse;
import dev.orgd.server.protocol.wire.WireResponsibilityTransfer;

/** ListInboundResponsibilityTransfers: the transfers in which the caller's organization pays. */
public final class ListInboundResponsibilityTransfers
    implements Operation<
        ListInboundResponsibilityTransfersRequest, ListInboundResponsibilityTransfersResponse> {
  private final ResponsibilityTransferService transfers;

  public ListInboundResponsibilityTransfers(ResponsibilityTransferService transfers) {
    this.transfers = transfers;
  }

  @Override
  public Class<ListInboundResponsibilityTransfersRequest> inputType() {
    return ListInboundResponsibilityTransfersRequest.class;
  }

  @Override
  public ListInboundResponsibilityTransfersResponse invoke(
      ListInboundResponsibilityTransfersRequest input, CallContext context) {
    Page<TransferView> page =
        transfers.listInbound(
            context.caller(),
            TransferType.valueOf(input.type()),
            input.id() == null ? null : new ResponsibilityTransferId(input.id()),
            new PageRequest(input.maxResults(), input.nextToken()));
    return new ListInboundResponsibilityTransfersResponse(
        WireResponsibilityTransfer.of(page.items()), page.nextToken());
  }
}
