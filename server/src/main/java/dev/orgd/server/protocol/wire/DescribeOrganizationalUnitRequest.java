package dev.orgd.server.protocol.wire;

/** The model's DescribeOrganizationalUnitRequest. */
public record DescribeOrganizationalUnitRequest(String organizationalUnitId) {}
