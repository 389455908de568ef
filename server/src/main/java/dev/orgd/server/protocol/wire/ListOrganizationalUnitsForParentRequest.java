package dev.orgd.server.protocol.wire;

/** The model's ListOrganizationalUnitsForParentRequest. */
public record ListOrganizationalUnitsForParentRequest(
    String parentId, String nextToken, Integer maxResults) {}
