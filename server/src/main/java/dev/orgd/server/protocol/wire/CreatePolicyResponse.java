package dev.orgd.server.protocol.wire;

/** The model's CreatePolicyResponse. */
public record CreatePolicyResponse(WirePolicy policy) {}
