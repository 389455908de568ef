package dev.orgd.server.protocol.ops;

import dev.orgd.core.model.HandshakeId;
import dev.orgd.core.service.HandshakeService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.DeclineHandshakeRequest;
import dev.orgd.server.protocol.wire.DeclineHandshakeResponse;
import dev.orgd.server.protocol.wire.WireHandshake;

/** DeclineHandshake: the recipient declines. */
public final class DeclineHandshake
    implements Operation<DeclineHandshakeRequest, DeclineHandshakeResponse> {
  private final HandshakeService handshakes;

  public DeclineHandshake(HandshakeService handshakes) {
    this.handshakes = handshakes;
  }

  @Override
  public Class<DeclineHandshakeRequest> inputType() {
    return DeclineHandshakeRequest.class;
  }

  @Override
  public DeclineHandshakeResponse invoke(DeclineHandshakeRequest input, CallContext context) {
    return new DeclineHandshakeResponse(
        WireHandshake.of(
            handshakes.decline(context.caller(), new HandshakeId(input.handshakeId()))));
  }
}
