package dev.orgd.server.protocol.wire;

/** The model's CreateOrganizationResponse. */
public record CreateOrganizationResponse(Organization organization) {}
