package dev.orgd.server.protocol.wire;

/** The model's DeclineHandshakeRequest. */
public record DeclineHandshakeRequest(String handshakeId) {}
