package dev.orgd.server.protocol.wire;

import dev.orgd.core.model.Parent;

/** The model's Parent. */
public record WireParent(String id, String type) {

  public static WireParent of(Parent parent) {
    return new WireParent(parent.id(), parent.type().name());
  }
}
