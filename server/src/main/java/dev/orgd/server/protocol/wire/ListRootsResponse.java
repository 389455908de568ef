package dev.orgd.server.protocol.wire;

import java.util.List;

/** The model's ListRootsResponse. */
public record ListRootsResponse(List<WireRoot> roots, String nextToken) {}
