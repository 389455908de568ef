package dev.orgd.server.protocol.wire;

/** The model's ListAccountsForParentRequest. */
public record ListAccountsForParentRequest(String parentId, String nextToken, Integer maxResults) {}
