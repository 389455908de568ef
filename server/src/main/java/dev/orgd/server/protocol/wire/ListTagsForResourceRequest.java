package dev.orgd.server.protocol.wire;

/** The model's ListTagsForResourceRequest. */
public record ListTagsForResourceRequest(String resourceId, String nextToken) {}
