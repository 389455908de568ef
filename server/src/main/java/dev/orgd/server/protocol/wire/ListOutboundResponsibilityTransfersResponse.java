package dev.orgd.server.protocol.wire;

import java.util.List;

/** The model's ListOutboundResponsibilityTransfersResponse. */
public record ListOutboundResponsibilityTransfersResponse(
    List<WireResponsibilityTransfer> responsibilityTransfers, String nextToken) {}
