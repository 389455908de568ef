package dev.orgd.server.protocol.wire;

/** The model's AttachPolicyRequest. */
public record AttachPolicyRequest(String policyId, String targetId) {}
