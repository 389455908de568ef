package dev.orgd.server.protocol.ops;

import dev.orgd.core.model.PartyType;
import dev.orgd.core.model.TransferType;
import dev.orgd.core.service.ResponsibilityTransferService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.InviteOrganizationToTransferResponsibilityRequest;
import dev.orgd.server.protocol.wire.InviteOrganizationToTransferResponsibilityResponse;
import dev.orgd.server.protocol.wire.WireHandshake;
import dev.orgd.server.protocol.wire.WireTag;

/**
 * InviteOrganizationToTransferResponsibility: a management account invites another organization's
 * management account to let it manage and pay that organization's bill.
 */
public final class InviteOrganizationToTransferResponsibility
    implements Operation<
        InviteOrganizationToTransferResponsibilityRequest,
        InviteOrganizationToTransferResponsibilityResponse> {
  private final ResponsibilityTransferService transfers;

  public InviteOrganizationToTransferResponsibility(ResponsibilityTransferService transfers) {
    this.transfers = transfers;
  }

  @Override
  public Class<InviteOrganizationToTransferResponsibilityRequest> inputType() {
    return InviteOrganizationToTransferResponsibilityRequest.class;
  }

  @Override
  public InviteOrganizationToTransferResponsibilityResponse invoke(
      InviteOrganizationToTransferResponsibilityRequest input, CallContext context) {
    return new InviteOrganizationToTransferResponsibilityResponse(
        WireHandshake.of(
            transfers.invite(
                context.caller(),
                TransferType.valueOf(input.type()),
                PartyType.valueOf(input.target().type()),
                input.target().id(),
                input.notes(),
                input.startTimestamp(),
                input.sourceName(),
                WireTag.toDomain(input.tags()))));
  }
}
