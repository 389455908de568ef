package dev.orgd.server.protocol.wire;

/** The model's TransferParticipant. */
public record WireTransferParticipant(String managementAccountId, String managementAccountEmail) {}
