package dev.orgd.server.protocol.wire;

/** The model's EnableAllFeaturesResponse. */
public record EnableAllFeaturesResponse(WireHandshake handshake) {}
