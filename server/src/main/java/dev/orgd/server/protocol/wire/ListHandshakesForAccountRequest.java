package dev.orgd.server.protocol.wire;

/** The model's ListHandshakesForAccountRequest. */
public record ListHandshakesForAccountRequest(
    HandshakeFilter filter, String nextToken, Integer maxResults) {}
