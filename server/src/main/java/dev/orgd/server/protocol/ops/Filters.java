package dev.orgd.server.protocol.ops;

import dev.orgd.core.model.ActionType;
import dev.orgd.core.model.HandshakeId;
import dev.orgd.core.service.HandshakeFilter;

/** The domain form of the wire HandshakeFilter shared by the two handshake listings. */
final class Filters {
  private Filters() {
    throw new AssertionError("not instantiable");
  }

  /** An absent filter, or one with no member set, means no filter (CONTRACT section 7). */
  static HandshakeFilter of(dev.orgd.server.protocol.wire.WireHandshakeFilter filter) {
    if (filter == null) {
      return HandshakeFilter.NONE;
    }
    return new HandshakeFilter(
        filter.actionType() == null ? null : ActionType.valueOf(filter.actionType()),
        filter.parentHandshakeId() == null ? null : new HandshakeId(filter.parentHandshakeId()));
  }
}
