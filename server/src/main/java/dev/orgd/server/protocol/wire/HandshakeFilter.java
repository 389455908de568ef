package dev.orgd.server.protocol.wire;

/** The model's HandshakeFilter. */
public record HandshakeFilter(String actionType, String parentHandshakeId) {}
