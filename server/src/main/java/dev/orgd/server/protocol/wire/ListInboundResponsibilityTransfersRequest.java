package dev.orgd.server.protocol.wire;

/** The model's ListInboundResponsibilityTransfersRequest. */
public record ListInboundResponsibilityTransfersRequest(
    String type, String id, String nextToken, Integer maxResults) {}
