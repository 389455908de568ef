package dev.orgd.server.protocol.wire;

import java.util.List;

/** The model's InviteAccountToOrganizationRequest. */
public record InviteAccountToOrganizationRequest(
    HandshakeParty target, String notes, List<Tag> tags) {}
