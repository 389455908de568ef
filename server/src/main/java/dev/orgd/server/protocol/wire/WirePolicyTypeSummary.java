package dev.orgd.server.protocol.wire;

/** The model's PolicyTypeSummary. */
public record WirePolicyTypeSummary(String type, String status) {}
