package dev.orgd.server.protocol.wire;

/** The model's DescribeEffectivePolicyResponse. */
public record DescribeEffectivePolicyResponse(WireEffectivePolicy effectivePolicy) {}
