package dev.orgd.server.protocol.wire;

/** The model's CloseAccountRequest. */
public record CloseAccountRequest(String accountId) {}
