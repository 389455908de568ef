package dev.orgd.server.protocol.wire;

import java.util.List;

/** The model's ListAccountsResponse. */
public record ListAccountsResponse(List<Account> accounts, String nextToken) {}
