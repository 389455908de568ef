package dev.orgd.server.protocol.ops;

import dev.orgd.core.model.PartyType;
import dev.orgd.core.service.HandshakeService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.InviteAccountToOrganizationRequest;
import dev.orgd.server.protocol.wire.InviteAccountToOrganizationResponse;
import dev.orgd.server.protocol.wire.WireHandshake;
import dev.orgd.server.protocol.wire.WireTag;

/** InviteAccountToOrganization: the management account invites an account by id or email. */
public final class InviteAccountToOrganization
    implements Operation<InviteAccountToOrganizationRequest, InviteAccountToOrganizationResponse> {
  private final HandshakeService handshakes;

  public InviteAccountToOrganization(HandshakeService handshakes) {
    this.handshakes = handshakes;
  }

  @Override
  public Class<InviteAccountToOrganizationRequest> inputType() {
    return InviteAccountToOrganizationRequest.class;
  }

  @Override
  public InviteAccountToOrganizationResponse invoke(
      InviteAccountToOrganizationRequest input, CallContext context) {
    return new InviteAccountToOrganizationResponse(
        WireHandshake.of(
            handshakes.invite(
                context.caller(),
                PartyType.valueOf(input.target().type()),
                input.target().id(),
                input.notes(),
                WireTag.toDomain(input.tags()))));
  }
}
