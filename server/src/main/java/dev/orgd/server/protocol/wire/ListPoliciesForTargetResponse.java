package dev.orgd.server.protocol.wire;

import java.util.List;

/** The model's ListPoliciesForTargetResponse. */
public record ListPoliciesForTargetResponse(List<WirePolicySummary> policies, String nextToken) {}
