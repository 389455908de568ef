package dev.orgd.server.protocol.wire;

/** The model's AcceptHandshakeRequest. */
public record AcceptHandshakeRequest(String handshakeId) {}
