package dev.orgd.server.protocol.wire;

import java.util.List;

/** The model's PutResourcePolicyRequest. */
public record PutResourcePolicyRequest(String content, List<WireTag> tags) {}
