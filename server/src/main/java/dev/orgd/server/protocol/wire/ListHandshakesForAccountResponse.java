package dev.orgd.server.protocol.wire;

import java.util.List;

/** The model's ListHandshakesForAccountResponse. */
public record ListHandshakesForAccountResponse(List<WireHandshake> handshakes, String nextToken) {}
