package dev.orgd.server.protocol.wire;

/** The model's DeletePolicyRequest. */
public record DeletePolicyRequest(String policyId) {}
