package dev.orgd.server.protocol.wire;

/** The model's UpdateOrganizationalUnitRequest. */
public record UpdateOrganizationalUnitRequest(String organizationalUnitId, String name) {}
