package dev.orgd.server.protocol.ops;

import dev.orgd.core.service.HandshakeService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.EnableAllFeaturesRequest;
import dev.orgd.server.protocol.wire.EnableAllFeaturesResponse;
import dev.orgd.server.protocol.wire.WireHandshake;

/** EnableAllFeatures: starts the enable-all-features process; returns its parent handshake. */
public final class EnableAllFeatures
    implements Operation<EnableAllFeaturesRequest, EnableAllFeaturesResponse> {
  private final HandshakeService handshakes;

  public EnableAllFeatures(HandshakeService handshakes) {
    this.handshakes = handshakes;
  }

  @Override
  public Class<EnableAllFeaturesRequest> inputType() {
    return EnableAllFeaturesRequest.class;
  }

  @Override
  public EnableAllFeaturesResponse invoke(EnableAllFeaturesRequest input, CallContext context) {
    return new EnableAllFeaturesResponse(
        WireHandshake.of(handshakes.enableAllFeatures(context.caller())));
  }
}
