package dev.orgd.server.protocol.wire;

/** The model's DescribeAccountResponse. */
public record DescribeAccountResponse(WireAccount account) {}
