package dev.orgd.server.protocol.wire;

/** The model's CreateOrganizationRequest. */
public record CreateOrganizationRequest(String featureSet) {}
