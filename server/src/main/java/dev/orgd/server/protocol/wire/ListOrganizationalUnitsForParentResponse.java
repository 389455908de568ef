package dev.orgd.server.protocol.wire;

import java.util.List;

/** The model's ListOrganizationalUnitsForParentResponse. */
public record ListOrganizationalUnitsForParentResponse(
    List<WireOrganizationalUnit> organizationalUnits, String nextToken) {}
