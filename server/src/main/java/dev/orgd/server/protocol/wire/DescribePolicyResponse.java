package dev.orgd.server.protocol.wire;

/** The model's DescribePolicyResponse. */
public record DescribePolicyResponse(WirePolicy policy) {}
