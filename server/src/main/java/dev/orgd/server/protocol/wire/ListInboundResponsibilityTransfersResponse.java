package dev.orgd.server.protocol.wire;

import java.util.List;

/** The model's ListInboundResponsibilityTransfersResponse. */
public record ListInboundResponsibilityTransfersResponse(
    List<WireResponsibilityTransfer> responsibilityTransfers, String nextToken) {}
