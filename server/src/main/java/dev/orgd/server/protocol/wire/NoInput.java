package dev.orgd.server.protocol.wire;

/** The input of an operation the model gives no input shape (the body is {@code {}}). */
public record NoInput() {}
