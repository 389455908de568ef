package dev.orgd.server.protocol.wire;

/** The model's PutResourcePolicyResponse. */
public record PutResourcePolicyResponse(WireResourcePolicy resourcePolicy) {}
