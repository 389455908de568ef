package dev.orgd.server.protocol.wire;

/** The model's ListChildrenRequest. */
public record ListChildrenRequest(
    String parentId, String childType, String nextToken, Integer maxResults) {}
