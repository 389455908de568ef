package dev.orgd.server.protocol.wire;

/** The model's DeregisterDelegatedAdministratorRequest. */
public record DeregisterDelegatedAdministratorRequest(String accountId, String servicePrincipal) {}
