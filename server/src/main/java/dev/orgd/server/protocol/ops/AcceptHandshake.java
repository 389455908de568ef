package dev.orgd.server.protocol.ops;

import dev.orgd.core.model.HandshakeId;
import dev.orgd.core.service.HandshakeService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.AcceptHandshakeRequest;
import dev.orgd.server.protocol.wire.AcceptHandshakeResponse;
import dev.orgd.server.protocol.wire.WireHandshake;

/** AcceptHandshake: the recipient accepts (the management account, for the final approval). */
public final class AcceptHandshake
    implements Operation<AcceptHandshakeRequest, AcceptHandshakeResponse> {
  private final HandshakeService handshakes;

  public AcceptHandshake(HandshakeService handshakes) {
    this.handshakes = handshakes;
  }

  @Override
  public Class<AcceptHandshakeRequest> inputType() {
    return AcceptHandshakeRequest.class;
  }

  @Override
  public AcceptHandshakeResponse invoke(AcceptHandshakeRequest input, CallContext context) {
    return new AcceptHandshakeResponse(
        WireHandshake.of(
            handshakes.accept(context.caller(), new HandshakeId(input.handshakeId()))));
  }
}
