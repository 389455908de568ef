package dev.orgd.server.control;

/**
 * The request of an endpoint that reads no body (whatever was sent is ignored), or an empty answer.
 */
public record NoBody() {}
