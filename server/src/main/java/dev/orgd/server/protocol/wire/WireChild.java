package dev.orgd.server.protocol.wire;

import dev.orgd.core.model.Child;

/** The model's Child. */
public record WireChild(String id, String type) {

  public static WireChild of(Child child) {
    return new WireChild(child.id(), child.type().name());
  }
}
