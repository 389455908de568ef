package dev.orgd.server.protocol.wire;

/** The model's DescribeHandshakeResponse. */
public record DescribeHandshakeResponse(WireHandshake handshake) {}
