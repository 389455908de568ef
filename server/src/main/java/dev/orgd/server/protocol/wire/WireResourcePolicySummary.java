package dev.orgd.server.protocol.wire;

/** The model's ResourcePolicySummary. */
public record WireResourcePolicySummary(String id, String arn) {}
