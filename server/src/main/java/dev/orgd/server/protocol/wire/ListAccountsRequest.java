package dev.orgd.server.protocol.wire;

/** The model's ListAccountsRequest. */
public record ListAccountsRequest(String nextToken, Integer maxResults) {}
