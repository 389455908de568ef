package dev.orgd.server.protocol.wire;

import java.util.List;

/** The model's ListDelegatedServicesForAccountResponse. */
public record ListDelegatedServicesForAccountResponse(
    List<WireDelegatedService> delegatedServices, String nextToken) {}
