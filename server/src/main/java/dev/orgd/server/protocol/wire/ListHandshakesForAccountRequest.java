package dev.orgd.server.protocol.wire;

/** The model's ListHandshakesForAccountRequest. */
public record ListHandshakesForAccountRequest(
    WireHandshakeFilter filter, String nextToken, Integer maxResults) {}
