package dev.orgd.server.protocol.wire;

import java.util.List;

/** The model's TagResourceRequest. */
public record TagResourceRequest(String resourceId, List<WireTag> tags) {}
