package dev.orgd.server.protocol.wire;

/** The model's DescribeCreateAccountStatusResponse. */
public record DescribeCreateAccountStatusResponse(WireCreateAccountStatus createAccountStatus) {}
