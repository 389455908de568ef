package dev.orgd.server.protocol.wire;

/** The model's ListAccountsWithInvalidEffectivePolicyRequest. */
public record ListAccountsWithInvalidEffectivePolicyRequest(
    String policyType, String nextToken, Integer maxResults) {}
