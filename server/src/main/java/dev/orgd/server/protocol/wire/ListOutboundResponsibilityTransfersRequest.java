package dev.orgd.server.protocol.wire;

/** The model's ListOutboundResponsibilityTransfersRequest. */
public record ListOutboundResponsibilityTransfersRequest(
    String type, String nextToken, Integer maxResults) {}
