package dev.orgd.server.protocol.wire;

/** The model's CreateAccountResponse. */
public record CreateAccountResponse(WireCreateAccountStatus createAccountStatus) {}
