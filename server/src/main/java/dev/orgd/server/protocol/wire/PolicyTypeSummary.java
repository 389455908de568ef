package dev.orgd.server.protocol.wire;

/** The model's PolicyTypeSummary. */
public record PolicyTypeSummary(String type, String status) {}
