package dev.orgd.server.protocol.wire;

/** The model's ListAWSServiceAccessForOrganizationRequest. */
public record ListAWSServiceAccessForOrganizationRequest(String nextToken, Integer maxResults) {}
