package dev.orgd.server.protocol.wire;

/** The model's CreateGovCloudAccountResponse. */
public record CreateGovCloudAccountResponse(WireCreateAccountStatus createAccountStatus) {}
