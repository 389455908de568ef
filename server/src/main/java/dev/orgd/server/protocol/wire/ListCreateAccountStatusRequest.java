package dev.orgd.server.protocol.wire;

import java.util.List;

/** The model's ListCreateAccountStatusRequest. */
public record ListCreateAccountStatusRequest(
    List<String> states, String nextToken, Integer maxResults) {}
