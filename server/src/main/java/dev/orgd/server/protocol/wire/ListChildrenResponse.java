package dev.orgd.server.protocol.wire;

import java.util.List;

/** The model's ListChildrenResponse. */
public record ListChildrenResponse(List<WireChild> children, String nextToken) {}
