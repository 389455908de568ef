package dev.orgd.server.protocol.wire;

/** The model's EnablePolicyTypeRequest. */
public record EnablePolicyTypeRequest(String rootId, String policyType) {}
