package dev.orgd.server.protocol.wire;

import dev.orgd.core.model.Party;

/** The model's HandshakeParty. */
public record WireHandshakeParty(String id, String type) {

  public static WireHandshakeParty of(Party party) {
    return new WireHandshakeParty(party.id(), party.type().name());
  }
}
