package dev.orgd.server.protocol.wire;

import java.util.List;

/** The model's ListHandshakesForOrganizationResponse. */
public record ListHandshakesForOrganizationResponse(
    List<WireHandshake> handshakes, String nextToken) {}
