package dev.orgd.server.protocol.wire;

import java.time.Instant;
import java.util.List;

/** The model's ListEffectivePolicyValidationErrorsResponse. */
public record ListEffectivePolicyValidationErrorsResponse(
    String accountId,
    String policyType,
    String path,
    Instant evaluationTimestamp,
    String nextToken,
    List<WireEffectivePolicyValidationError> effectivePolicyValidationErrors) {}
