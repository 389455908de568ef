package dev.orgd.server.protocol.wire;

/** The model's DeclineHandshakeResponse. */
public record DeclineHandshakeResponse(WireHandshake handshake) {}
