package dev.orgd.server.protocol.wire;

import dev.orgd.core.model.Handshake;
import dev.orgd.core.model.Party;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The model's Handshake. */
public record WireHandshake(
    String id,
    String arn,
    List<WireHandshakeParty> parties,
    String state,
    Instant requestedTimestamp,
    Instant expirationTimestamp,
    String action,
    List<WireHandshakeResource> resources) {

  public static WireHandshake of(Handshake h) {
    List<Party> domainParties = h.parties();
    List<WireHandshakeParty> parties = new ArrayList<>(domainParties.size());
    for (Party party : domainParties) {
      parties.add(WireHandshakeParty.of(party));
    }
    return new WireHandshake(
        h.id().value(),
        h.arn(),
        Collections.unmodifiableList(parties),
        h.state().name(),
        h.requestedAt(),
        h.expiresAt(),
        h.action().name(),
        WireHandshakeResource.of(h.resources()));
  }
}
