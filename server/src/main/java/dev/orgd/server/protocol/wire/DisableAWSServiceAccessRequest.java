package dev.orgd.server.protocol.wire;

/** The model's DisableAWSServiceAccessRequest. */
public record DisableAWSServiceAccessRequest(String servicePrincipal) {}
