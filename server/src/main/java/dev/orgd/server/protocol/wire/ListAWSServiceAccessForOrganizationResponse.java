package dev.orgd.server.protocol.wire;

import java.util.List;

/** The model's ListAWSServiceAccessForOrganizationResponse. */
public record ListAWSServiceAccessForOrganizationResponse(
    List<WireEnabledServicePrincipal> enabledServicePrincipals, String nextToken) {}
