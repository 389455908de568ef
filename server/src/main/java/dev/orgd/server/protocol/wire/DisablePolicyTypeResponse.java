package dev.orgd.server.protocol.wire;

/** The model's DisablePolicyTypeResponse. */
public record DisablePolicyTypeResponse(WireRoot root) {}
