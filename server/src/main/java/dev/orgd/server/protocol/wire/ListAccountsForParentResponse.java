package dev.orgd.server.protocol.wire;

import java.util.List;

/** The model's ListAccountsForParentResponse. */
public record ListAccountsForParentResponse(List<WireAccount> accounts, String nextToken) {}
