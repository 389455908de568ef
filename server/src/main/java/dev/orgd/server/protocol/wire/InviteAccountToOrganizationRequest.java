package dev.orgd.server.protocol.wire;

import java.util.List;

/** The model's InviteAccountToOrganizationRequest. */
public record InviteAccountToOrganizationRequest(
    WireHandshakeParty target, String notes, List<WireTag> tags) {}
