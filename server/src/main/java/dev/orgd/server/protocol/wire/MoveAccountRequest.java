package dev.orgd.server.protocol.wire;

/** The model's MoveAccountRequest. */
public record MoveAccountRequest(
    String accountId, String sourceParentId, String destinationParentId) {}
