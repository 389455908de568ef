package dev.orgd.server.protocol.wire;

import java.util.List;

/** The model's CreateOrganizationalUnitRequest. */
public record CreateOrganizationalUnitRequest(String parentId, String name, List<WireTag> tags) {}
