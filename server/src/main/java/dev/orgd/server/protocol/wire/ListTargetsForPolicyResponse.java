package dev.orgd.server.protocol.wire;

import java.util.List;

/** The model's ListTargetsForPolicyResponse. */
public record ListTargetsForPolicyResponse(
    List<WirePolicyTargetSummary> targets, String nextToken) {}
