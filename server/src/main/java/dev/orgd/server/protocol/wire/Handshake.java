package dev.orgd.server.protocol.wire;

import dev.orgd.core.model.Party;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
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
    List<Party> domainParties = h.parties();
    List<HandshakeParty> parties = new ArrayList<>(domainParties.size());
    for (Party party : domainParties) {
      parties.add(HandshakeParty.of(party));
    }
    return new Handshake(
        h.id().value(),
        h.arn(),
        Collections.unmodifiableList(parties),
        h.state().name(),
        h.requestedAt(),
        h.expiresAt(),
        h.action().name(),
        HandshakeResource.of(h.resources()));
  }
}
