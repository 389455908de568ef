package dev.orgd.server.protocol.wire;

/** The model's RemoveAccountFromOrganizationRequest. */
public record RemoveAccountFromOrganizationRequest(String accountId) {}
