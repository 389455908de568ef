package dev.orgd.server.protocol.wire;

/** The model's DetachPolicyRequest. */
public record DetachPolicyRequest(String policyId, String targetId) {}
