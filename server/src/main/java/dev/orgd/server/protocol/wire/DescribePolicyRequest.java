package dev.orgd.server.protocol.wire;

/** The model's DescribePolicyRequest. */
public record DescribePolicyRequest(String policyId) {}
