package dev.orgd.core.service;

import dev.orgd.core.model.PolicyTargetType;

/** A root, OU or account a policy can be attached to: its id, ARN, name and kind. */
public record PolicyTargetDetails(String id, String arn, String name, PolicyTargetType type) {}
