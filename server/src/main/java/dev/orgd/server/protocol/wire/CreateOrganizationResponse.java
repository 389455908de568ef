package dev.orgd.server.protocol.wire;

/** The model's CreateOrganizationResponse. */
public record CreateOrganizationResponse(WireOrganization organization) {}
