package dev.orgd.server.protocol.wire;

import java.util.List;

/** The model's ListParentsResponse. */
public record ListParentsResponse(List<WireParent> parents, String nextToken) {}
