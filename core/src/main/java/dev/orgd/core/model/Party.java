package dev.orgd.core.model;

import java.util.Objects;

/** A party of a handshake: an account id, an organization id or an email address. */
public record Party(String id, PartyType type) {
  public Party {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
  }
}
