package dev.orgd.server.protocol.wire;

/** The model's InviteOrganizationToTransferResponsibilityResponse. */
public record InviteOrganizationToTransferResponsibilityResponse(WireHandshake handshake) {}
