package dev.orgd.server.protocol.wire;

/** The model's RegisterDelegatedAdministratorRequest. */
public record RegisterDelegatedAdministratorRequest(String accountId, String servicePrincipal) {}
