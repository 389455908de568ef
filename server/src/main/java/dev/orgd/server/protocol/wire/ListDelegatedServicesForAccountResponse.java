package dev.orgd.server.protocol.wire;

import java.util.List;

/** The model's ListDelegatedServicesForAccountResponse. */
public record ListDelegatedServicesForAccountResponse(
    List<DelegatedService> delegatedServices, String nextToken) {}
