package dev.orgd.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * The status of one CreateAccount or CreateGovCloudAccount request. {@code accountId} and {@code
 * completedAt} are set once it ends; {@code govCloudAccountId} only for a GovCloud request that
 * succeeded.
 */
public record CreateAccountStatus(
    CreateAccountRequestId id,
    OrganizationId organizationId,
    String accountName,
    CreateAccountState state,
    Instant requestedAt,
    Instant completedAt,
    AccountId accountId,
    String failureReason,
    AccountId govCloudAccountId) {

  /** The status of a CreateAccount request (no GovCloud account). */
  public CreateAccountStatus(
      CreateAccountRequestId id,
      OrganizationId organizationId,
      String accountName,
      CreateAccountState state,
      Instant requestedAt,
      Instant completedAt,
      AccountId accountId,
      String failureReason) {
    this(
        id,
        organizationId,
        accountName,
        state,
        requestedAt,
        completedAt,
        accountId,
        failureReason,
        null);
  }

  public CreateAccountStatus {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(accountName, "accountName");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(requestedAt, "requestedAt");
  }
}
