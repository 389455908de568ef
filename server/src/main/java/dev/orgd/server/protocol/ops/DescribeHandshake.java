package dev.orgd.server.protocol.ops;

import dev.orgd.core.model.HandshakeId;
import dev.orgd.core.service.HandshakeService;
import dev.orgd.server.protocol.CallContext;
import dev.orgd.server.protocol.Operation;
import dev.orgd.server.protocol.wire.DescribeHandshakeRequest;
import dev.orgd.server.protocol.wire.DescribeHandshakeResponse;
import dev.orgd.server.protocol.wire.WireHandshake;

/** DescribeHandshake: the originator's administrators or the recipient read it. */
public final class DescribeHandshake
    implements Operation<DescribeHandshakeRequest, DescribeHandshakeResponse> {
  private final HandshakeService handshakes;

  public DescribeHandshake(HandshakeService handshakes) {
    this.handshakes = handshakes;
  }

  @Override
  public Class<DescribeHandshakeRequest> inputType() {
    return DescribeHandshakeRequest.class;
  }

  @Override
  public DescribeHandshakeResponse invoke(DescribeHandshakeRequest input, CallContext context) {
    return new DescribeHandshakeResponse(
        WireHandshake.of(
            handshakes.describe(context.caller(), new HandshakeId(input.handshakeId()))));
  }
}
