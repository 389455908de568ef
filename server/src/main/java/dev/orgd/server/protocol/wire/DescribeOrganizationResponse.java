package dev.orgd.server.protocol.wire;

/** The model's DescribeOrganizationResponse. */
public record DescribeOrganizationResponse(WireOrganization organization) {}
