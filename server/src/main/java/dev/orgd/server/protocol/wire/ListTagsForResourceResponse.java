package dev.orgd.server.protocol.wire;

import java.util.List;

/** The model's ListTagsForResourceResponse. */
public record ListTagsForResourceResponse(List<WireTag> tags, String nextToken) {}
