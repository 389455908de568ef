package dev.orgd.server.protocol.wire;

import java.util.List;

/** The model's ListPoliciesResponse. */
public record ListPoliciesResponse(List<WirePolicySummary> policies, String nextToken) {}
