package dev.orgd.server.protocol.wire;

/** The model's ListParentsRequest. */
public record ListParentsRequest(String childId, String nextToken, Integer maxResults) {}
