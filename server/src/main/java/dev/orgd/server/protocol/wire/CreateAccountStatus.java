package dev.orgd.server.protocol.wire;

import java.time.Instant;

/** The model's CreateAccountStatus. */
public record CreateAccountStatus(
    String id,
    String accountName,
    String state,
    Instant requestedTimestamp,
    Instant completedTimestamp,
    String accountId,
    String govCloudAccountId,
    String failureReason) {

  public static CreateAccountStatus of(dev.orgd.core.model.CreateAccountStatus status) {
    return new CreateAccountStatus(
        status.id().value(),
        status.accountName(),
        status.state().name(),
        status.requestedAt(),
        status.completedAt(),
        status.accountId() == null ? null : status.accountId().value(),
        null, // orgd creates no GovCloud accounts
        status.failureReason());
  }
}
