package dev.orgd.server.protocol.wire;

/** The model's DescribeResponsibilityTransferResponse. */
public record DescribeResponsibilityTransferResponse(
    WireResponsibilityTransfer responsibilityTransfer) {}
