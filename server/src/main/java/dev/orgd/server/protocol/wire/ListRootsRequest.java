package dev.orgd.server.protocol.wire;

/** The model's ListRootsRequest. */
public record ListRootsRequest(String nextToken, Integer maxResults) {}
