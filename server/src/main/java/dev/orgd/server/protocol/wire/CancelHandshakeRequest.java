package dev.orgd.server.protocol.wire;

/** The model's CancelHandshakeRequest. */
public record CancelHandshakeRequest(String handshakeId) {}
