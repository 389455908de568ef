package dev.orgd.server.protocol.wire;

import java.util.List;

/** The model's ListAccountsResponse. */
public record ListAccountsResponse(List<WireAccount> accounts, String nextToken) {}
