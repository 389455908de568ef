package dev.orgd.core.service;

import dev.orgd.core.policy.PolicyType;
import java.time.Instant;

/** DescribeEffectivePolicy's answer: the merged document of an account and when it last changed. */
public record EffectivePolicyDetails(
    String content, Instant lastUpdated, String targetId, PolicyType type) {}
