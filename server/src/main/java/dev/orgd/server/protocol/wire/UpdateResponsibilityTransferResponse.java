package dev.orgd.server.protocol.wire;

/** The model's UpdateResponsibilityTransferResponse. */
public record UpdateResponsibilityTransferResponse(
    WireResponsibilityTransfer responsibilityTransfer) {}
