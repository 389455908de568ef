package dev.orgd.server.protocol.wire;

import java.util.List;

/** The model's ListCreateAccountStatusResponse. */
public record ListCreateAccountStatusResponse(
    List<WireCreateAccountStatus> createAccountStatuses, String nextToken) {}
