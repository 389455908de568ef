package dev.orgd.server.protocol.wire;

/** The model's DescribeOrganizationalUnitResponse. */
public record DescribeOrganizationalUnitResponse(WireOrganizationalUnit organizationalUnit) {}
