package dev.orgd.core.service;

import dev.orgd.core.model.ActionType;
import dev.orgd.core.model.HandshakeId;

/** The model's HandshakeFilter: at most one of the two members; both null means no filter. */
public record HandshakeFilter(ActionType actionType, HandshakeId parentHandshakeId) {
  public static final HandshakeFilter NONE = new HandshakeFilter(null, null);
}
