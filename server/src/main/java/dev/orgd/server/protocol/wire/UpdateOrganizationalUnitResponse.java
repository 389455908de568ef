package dev.orgd.server.protocol.wire;

/** The model's UpdateOrganizationalUnitResponse. */
public record UpdateOrganizationalUnitResponse(WireOrganizationalUnit organizationalUnit) {}
