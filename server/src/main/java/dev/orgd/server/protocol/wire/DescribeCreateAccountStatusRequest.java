package dev.orgd.server.protocol.wire;

/** The model's DescribeCreateAccountStatusRequest. */
public record DescribeCreateAccountStatusRequest(String createAccountRequestId) {}
