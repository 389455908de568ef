package dev.orgd.server.protocol.wire;

/** The model's UpdatePolicyResponse. */
public record UpdatePolicyResponse(WirePolicy policy) {}
