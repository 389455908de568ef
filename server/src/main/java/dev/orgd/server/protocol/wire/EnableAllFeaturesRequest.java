package dev.orgd.server.protocol.wire;

/** The model's EnableAllFeaturesRequest (no members). */
public record EnableAllFeaturesRequest() {}
