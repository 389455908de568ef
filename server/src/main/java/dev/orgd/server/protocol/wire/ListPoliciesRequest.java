package dev.orgd.server.protocol.wire;

/** The model's ListPoliciesRequest. */
public record ListPoliciesRequest(String filter, String nextToken, Integer maxResults) {}
