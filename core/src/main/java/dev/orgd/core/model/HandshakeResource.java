package dev.orgd.core.model;

import java.util.List;
import java.util.Objects;

/** A resource of a handshake, possibly with nested resources (the model's HandshakeResource). */
public record HandshakeResource(
    HandshakeResourceType type, String value, List<HandshakeResource> resources) {
  public HandshakeResource {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    resources = List.copyOf(resources);
  }

  public static HandshakeResource of(HandshakeResourceType type, String value) {
    return new HandshakeResource(type, value, List.of());
  }
}
