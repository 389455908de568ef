package dev.orgd.server.protocol.wire;

/** The model's DescribeEffectivePolicyRequest. */
public record DescribeEffectivePolicyRequest(String policyType, String targetId) {}
