package dev.orgd.server.protocol.wire;

/** The model's UpdateResponsibilityTransferRequest. */
public record UpdateResponsibilityTransferRequest(String id, String name) {}
