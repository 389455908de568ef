package dev.orgd.server.protocol.wire;

import java.time.Instant;
import java.util.List;

/** The model's Handshake. */
public record Handshake(
    String id,
    String arn,
    List<HandshakeParty> parties,
    String state,
    Instant requestedTimestamp,
    Instant expirationTimestamp,
    String action,
    List<HandshakeResource> resources) {

  public static Handshake of(dev.orgd.core.model.Handshake h) {
    return new Handshake(
        h.id().value(),
        h.arn(),
        h.parties().stream().map(HandshakeParty::of).toList(),
        h.state().name(),
        h.requestedAt(),
        h.expiresAt(),
        h.action().name(),
        HandshakeResource.of(h.resources()));
  }

  public static List<Handshake> of(List<dev.orgd.core.model.Handshake> handshakes) {
    return handshakes.stream().map(Handshake::of).toList();
  }
}
