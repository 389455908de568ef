package dev.orgd.core.service;

import dev.orgd.core.page.Page;
import dev.orgd.core.policy.EffectivePolicyValidationError;
import dev.orgd.core.policy.PolicyType;
import java.time.Instant;

/** ListEffectivePolicyValidationErrors' answer: one page of an account's errors and its path. */
public record EffectivePolicyErrors(
    String accountId,
    PolicyType type,
    String path,
    Instant evaluatedAt,
    Page<EffectivePolicyValidationError> errors) {}
