package dev.orgd.server.protocol.wire;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The model's HandshakeResource; nested {@code Resources} are sent only when there are some. */
public record HandshakeResource(String value, String type, List<HandshakeResource> resources) {

  /** The wire form of {@code resources}, or null (left out) when there are none. */
  static List<HandshakeResource> of(List<dev.orgd.core.model.HandshakeResource> resources) {
    if (resources.isEmpty()) {
      return null;
    }
    List<HandshakeResource> wire = new ArrayList<>(resources.size());
    for (dev.orgd.core.model.HandshakeResource r : resources) {
      wire.add(new HandshakeResource(r.value(), r.type().name(), of(r.resources())));
    }
    return Collections.unmodifiableList(wire);
  }
}
