package dev.orgd.server.protocol.wire;

/** The model's ListHandshakesForOrganizationRequest. */
public record ListHandshakesForOrganizationRequest(
    HandshakeFilter filter, String nextToken, Integer maxResults) {}
