package dev.orgd.server.protocol.wire;

import dev.orgd.core.model.HandshakeResource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The model's HandshakeResource; nested {@code Resources} are sent only when there are some. */
public record WireHandshakeResource(
    String value, String type, List<WireHandshakeResource> resources) {

  /** The wire form of {@code resources}, or null (left out) when there are none. */
  static List<WireHandshakeResource> of(List<HandshakeResource> resources) {
    if (resources.isEmpty()) {
      return null;
    }
    List<WireHandshakeResource> wire = new ArrayList<>(resources.size());
    for (HandshakeResource r : resources) {
      wire.add(new WireHandshakeResource(r.value(), r.type().name(), of(r.resources())));
    }
    return Collections.unmodifiableList(wire);
  }
}
