package dev.orgd.server.protocol.wire;

/** The model's CreateOrganizationalUnitResponse. */
public record CreateOrganizationalUnitResponse(WireOrganizationalUnit organizationalUnit) {}
