package dev.orgd.server.protocol.wire;

/** The model's EnableAWSServiceAccessRequest. */
public record EnableAWSServiceAccessRequest(String servicePrincipal) {}
