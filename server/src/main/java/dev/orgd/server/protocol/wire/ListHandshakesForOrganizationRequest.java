package dev.orgd.server.protocol.wire;

/** The model's ListHandshakesForOrganizationRequest. */
public record ListHandshakesForOrganizationRequest(
    WireHandshakeFilter filter, String nextToken, Integer maxResults) {}
