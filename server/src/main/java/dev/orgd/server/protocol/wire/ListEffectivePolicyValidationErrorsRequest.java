package dev.orgd.server.protocol.wire;

/** The model's ListEffectivePolicyValidationErrorsRequest. */
public record ListEffectivePolicyValidationErrorsRequest(
    String accountId, String policyType, String nextToken, Integer maxResults) {}
