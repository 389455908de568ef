package dev.orgd.server.protocol.wire;

/** The model's UpdatePolicyRequest. */
public record UpdatePolicyRequest(
    String policyId, String name, String description, String content) {}
