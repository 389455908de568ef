package dev.orgd.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A responsibility (billing) transfer as stored, created with the TRANSFER_RESPONSIBILITY handshake
 * that invites its source. The names follow the model, which reads against the direction of the
 * invitation: the {@code target} organization sent the invitation and will manage and pay; the
 * {@code source} organization received it and is managed (docs/research/responsibility-transfers.md
 * section 1).
 *
 * <p>{@code status} is the last status written; {@link #at(Instant)} applies the expiry of an
 * unanswered invitation at {@code expiresAt} (its handshake's expiration), without a background
 * job. {@code requestedAt} and {@code sequence} are the handshake's, and order the listings.
 */
public record ResponsibilityTransfer(
    ResponsibilityTransferId id,
    TransferType type,
    String name,
    OrganizationId sourceOrganization,
    AccountId sourceManagementAccount,
    OrganizationId targetOrganization,
    AccountId targetManagementAccount,
    HandshakeId handshakeId,
    Instant startAt,
    Instant endAt,
    Instant expiresAt,
    ResponsibilityTransferStatus status,
    Instant statusChangedAt,
    Instant requestedAt,
    long sequence,
    List<Tag> tags) {

  public ResponsibilityTransfer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sourceOrganization, "sourceOrganization");
    Objects.requireNonNull(sourceManagementAccount, "sourceManagementAccount");
    Objects.requireNonNull(targetOrganization, "targetOrganization");
    Objects.requireNonNull(targetManagementAccount, "targetManagementAccount");
    Objects.requireNonNull(handshakeId, "handshakeId");
    Objects.requireNonNull(startAt, "startAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(statusChangedAt, "statusChangedAt");
    Objects.requireNonNull(requestedAt, "requestedAt");
    tags = List.copyOf(tags);
  }

  /**
   * The transfer as it reads at {@code now}: an unanswered invitation past its deadline expired.
   */
  public ResponsibilityTransfer at(Instant now) {
    if (status != ResponsibilityTransferStatus.REQUESTED || !now.isAfter(expiresAt)) {
      return this;
    }
    return withStatus(ResponsibilityTransferStatus.EXPIRED, expiresAt);
  }

  /**
   * The last instant at which anyone sees this transfer, as the handshakes keep theirs: 30 days
   * after a declined, canceled or expired invitation ended, or after a withdrawn transfer's end.
   * Accepted transfers stay.
   */
  public Instant retainedUntil() {
    return switch (status) {
      case DECLINED, CANCELED, EXPIRED -> statusChangedAt.plus(Handshake.RETENTION);
      case REQUESTED -> expiresAt.plus(Handshake.RETENTION);
      case WITHDRAWN -> endAt.plus(Handshake.RETENTION);
      case ACCEPTED -> Instant.MAX;
    };
  }

  /** Whether the transfer still exists at {@code now}. */
  public boolean isVisibleAt(Instant now) {
    return !now.isAfter(retainedUntil());
  }

  /**
   * Whether the transfer holds a place at {@code now}: an open invitation, an accepted transfer, or
   * a withdrawn one that has not ended yet. This is what keeps an organization from being deleted
   * and what counts against the transfer quotas.
   */
  public boolean isLiveAt(Instant now) {
    ResponsibilityTransfer current = at(now);
    return switch (current.status) {
      case REQUESTED, ACCEPTED -> true;
      case WITHDRAWN -> !now.isAfter(endAt);
      case DECLINED, CANCELED, EXPIRED -> false;
    };
  }

  /**
   * Whether the target pays the source's bill at {@code now}: accepted (or withdrawn) and between
   * its start and its end. The status stays ACCEPTED; AWS has no ACTIVE status.
   */
  public boolean isActiveAt(Instant now) {
    return (status == ResponsibilityTransferStatus.ACCEPTED
            || status == ResponsibilityTransferStatus.WITHDRAWN)
        && !now.isBefore(startAt)
        && (endAt == null || !now.isAfter(endAt));
  }

  /** Whether {@code org} is the source or the target. */
  public boolean involves(OrganizationId org) {
    return sourceOrganization.equals(org) || targetOrganization.equals(org);
  }

  /**
   * The ARN as {@code viewer} (one of the two organizations) sees it: its own organization and
   * management account, {@code inbound} for the target (which manages the other), {@code outbound}
   * for the source.
   */
  public String arnFor(Organization viewer) {
    boolean inbound = viewer.id().equals(targetOrganization);
    return "arn:"
        + viewer.partition().id()
        + ":organizations::"
        + viewer.managementAccountId()
        + ":transfer/"
        + viewer.id()
        + "/"
        + type.name().toLowerCase(Locale.ROOT)
        + (inbound ? "/inbound/" : "/outbound/")
        + id;
  }

  public ResponsibilityTransfer withStatus(ResponsibilityTransferStatus newStatus, Instant at) {
    return with(name, endAt, newStatus, at);
  }

  /** Withdrawn at {@code at}, ending at {@code end}. */
  public ResponsibilityTransfer withdrawn(Instant end, Instant at) {
    return with(name, end, ResponsibilityTransferStatus.WITHDRAWN, at);
  }

  public ResponsibilityTransfer withName(String newName) {
    return with(newName, endAt, status, statusChangedAt);
  }

  /** This transfer with the fields that change after it was created replaced. */
  private ResponsibilityTransfer with(
      String newName, Instant end, ResponsibilityTransferStatus newStatus, Instant changedAt) {
    return new ResponsibilityTransfer(
        id,
        type,
        newName,
        sourceOrganization,
        sourceManagementAccount,
        targetOrganization,
        targetManagementAccount,
        handshakeId,
        startAt,
        end,
        expiresAt,
        newStatus,
        changedAt,
        requestedAt,
        sequence,
        tags);
  }
}
