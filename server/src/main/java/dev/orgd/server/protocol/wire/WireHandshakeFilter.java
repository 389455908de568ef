package dev.orgd.server.protocol.wire;

/** The model's HandshakeFilter. */
public record WireHandshakeFilter(String actionType, String parentHandshakeId) {}
