package dev.orgd.server.protocol.wire;

/** The model's DescribeResourcePolicyResponse. */
public record DescribeResourcePolicyResponse(WireResourcePolicy resourcePolicy) {}
