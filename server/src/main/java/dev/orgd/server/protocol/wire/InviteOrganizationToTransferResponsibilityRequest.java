package dev.orgd.server.protocol.wire;

import java.time.Instant;
import java.util.List;

/** The model's InviteOrganizationToTransferResponsibilityRequest. */
public record InviteOrganizationToTransferResponsibilityRequest(
    String type,
    WireHandshakeParty target,
    String notes,
    Instant startTimestamp,
    String sourceName,
    List<WireTag> tags) {}
