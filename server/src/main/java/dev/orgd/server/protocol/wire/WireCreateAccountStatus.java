package dev.orgd.server.protocol.wire;

import dev.orgd.core.model.CreateAccountStatus;
import java.time.Instant;

/** The model's CreateAccountStatus. */
public record WireCreateAccountStatus(
    String id,
    String accountName,
    String state,
    Instant requestedTimestamp,
    Instant completedTimestamp,
    String accountId,
    String govCloudAccountId,
    String failureReason) {

  public static WireCreateAccountStatus of(CreateAccountStatus status) {
    return new WireCreateAccountStatus(
        status.id().value(),
        status.accountName(),
        status.state().name(),
        status.requestedAt(),
        status.completedAt(),
        status.accountId() == null ? null : status.accountId().value(),
        status.govCloudAccountId() == null ? null : status.govCloudAccountId().value(),
        status.failureReason());
  }
}
