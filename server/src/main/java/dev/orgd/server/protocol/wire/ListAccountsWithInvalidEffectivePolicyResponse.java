package dev.orgd.server.protocol.wire;

import java.util.List;

/** The model's ListAccountsWithInvalidEffectivePolicyResponse. */
public record ListAccountsWithInvalidEffectivePolicyResponse(
    List<WireAccount> accounts, String policyType, String nextToken) {}
