package dev.orgd.server.protocol.wire;

/** The model's DisablePolicyTypeRequest. */
public record DisablePolicyTypeRequest(String rootId, String policyType) {}
