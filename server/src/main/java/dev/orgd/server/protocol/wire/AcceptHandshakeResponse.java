package dev.orgd.server.protocol.wire;

/** The model's AcceptHandshakeResponse. */
public record AcceptHandshakeResponse(WireHandshake handshake) {}
