package dev.orgd.server.protocol.wire;

import java.util.List;

/** The model's ListDelegatedAdministratorsResponse. */
public record ListDelegatedAdministratorsResponse(
    List<WireDelegatedAdministrator> delegatedAdministrators, String nextToken) {}
