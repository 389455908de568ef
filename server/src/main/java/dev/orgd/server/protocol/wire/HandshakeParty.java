package dev.orgd.server.protocol.wire;

import dev.orgd.core.model.Party;

/** The model's HandshakeParty. */
public record HandshakeParty(String id, String type) {

  public static HandshakeParty of(Party party) {
    return new HandshakeParty(party.id(), party.type().name());
  }
}
