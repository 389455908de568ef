package dev.orgd.server.protocol.wire;

/** The model's InviteAccountToOrganizationResponse. */
public record InviteAccountToOrganizationResponse(WireHandshake handshake) {}
