package dev.orgd.server.protocol.wire;

import java.util.List;

/** The model's UntagResourceRequest. */
public record UntagResourceRequest(String resourceId, List<String> tagKeys) {}
