package dev.orgd.server.protocol.wire;

import java.util.List;

/** The model's CreatePolicyRequest. */
public record CreatePolicyRequest(
    String content, String description, String name, String type, List<WireTag> tags) {}
