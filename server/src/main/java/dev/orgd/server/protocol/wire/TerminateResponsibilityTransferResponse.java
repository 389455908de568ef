package dev.orgd.server.protocol.wire;

/** The model's TerminateResponsibilityTransferResponse. */
public record TerminateResponsibilityTransferResponse(
    WireResponsibilityTransfer responsibilityTransfer) {}
