package dev.orgd.server.protocol.ops;

import dev.orgd.core.model.HandshakeId;
import dev.orgd.core.service.HandshakeService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.CancelHandshakeRequest;
import dev.orgd.server.protocol.wire.CancelHandshakeResponse;
import dev.orgd.server.protocol.wire.WireHandshake;

/** CancelHandshake: the originator's management account cancels. */
public final class CancelHandshake
    implements Operation<CancelHandshakeRequest, CancelHandshakeResponse> {
  private final HandshakeService handshakes;

  public CancelHandshake(HandshakeService handshakes) {
    this.handshakes = handshakes;
  }

  @Override
  public Class<CancelHandshakeRequest> inputType() {
    return CancelHandshakeRequest.class;
  }

  @Override
  public CancelHandshakeResponse invoke(CancelHandshakeRequest input, CallContext context) {
    return new CancelHandshakeResponse(
        WireHandshake.of(
            handshakes.cancel(context.caller(), new HandshakeId(input.handshakeId()))));
  }
}
