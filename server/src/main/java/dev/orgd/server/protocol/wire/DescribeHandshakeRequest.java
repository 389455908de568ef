package dev.orgd.server.protocol.wire;

/** The model's DescribeHandshakeRequest. */
public record DescribeHandshakeRequest(String handshakeId) {}
