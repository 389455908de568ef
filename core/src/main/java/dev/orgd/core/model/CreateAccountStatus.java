package dev.orgd.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * The status of one CreateAccount request. {@code accountId} and {@code completedAt} are set once
 * it ends.
 */
public record CreateAccountStatus(
    CreateAccountRequestId id,
    OrganizationId organizationId,
    String accountName,
    CreateAccountState state,
    Instant requestedAt,
    Instant completedAt,
    AccountId accountId,
    String failureReason) {

  public CreateAccountStatus {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(accountName, "accountName");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(requestedAt, "requestedAt");
  }
}
