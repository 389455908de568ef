package dev.orgd.server.protocol.wire;

/** The model's DeleteOrganizationalUnitRequest. */
public record DeleteOrganizationalUnitRequest(String organizationalUnitId) {}
