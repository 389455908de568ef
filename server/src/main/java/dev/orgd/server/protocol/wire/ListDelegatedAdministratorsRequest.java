package dev.orgd.server.protocol.wire;

/** The model's ListDelegatedAdministratorsRequest. */
public record ListDelegatedAdministratorsRequest(
    String servicePrincipal, String nextToken, Integer maxResults) {}
