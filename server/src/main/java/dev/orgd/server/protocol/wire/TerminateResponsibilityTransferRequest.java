package dev.orgd.server.protocol.wire;

import java.time.Instant;

/** The model's TerminateResponsibilityTransferRequest. */
public record TerminateResponsibilityTransferRequest(String id, Instant endTimestamp) {}
