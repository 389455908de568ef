package dev.orgd.server.protocol.wire;

/** The model's CancelHandshakeResponse. */
public record CancelHandshakeResponse(WireHandshake handshake) {}
