package dev.orgd.server.protocol.wire;

/** The model's DescribeAccountRequest. */
public record DescribeAccountRequest(String accountId) {}
