package dev.orgd.server.protocol.wire;

/** The model's ListDelegatedServicesForAccountRequest. */
public record ListDelegatedServicesForAccountRequest(
    String accountId, String nextToken, Integer maxResults) {}
