package dev.orgd.server.protocol.wire;

/** The model's DescribeResponsibilityTransferRequest. */
public record DescribeResponsibilityTransferRequest(String id) {}
