package dev.orgd.core.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A handshake as stored. Its {@code state} is the last state written; what a caller sees at a given
 * instant is {@link #at(Instant)}, which applies expiry without any background job.
 *
 * <p>{@code recipientAccount} and {@code recipientEmail} name who may accept or decline (an INVITE
 * to an EMAIL target has only the email, normalized to lower case); both are null for the
 * ENABLE_ALL_FEATURES parent, which tracks the process and has no recipient. {@code sequence}
 * orders handshakes by creation and breaks ties between equal request timestamps.
 */
public record Handshake(
    HandshakeId id,
    OrganizationId organizationId,
    AccountId managementAccountId,
    ActionType action,
    HandshakeState state,
    Instant requestedAt,
    Instant expiresAt,
    Instant stateChangedAt,
    List<Party> parties,
    List<HandshakeResource> resources,
    HandshakeId parentId,
    AccountId recipientAccount,
    String recipientEmail,
    List<Tag> tags,
    long sequence,
    Partition partition) {

  /** How long a handshake stays visible after it reached a terminal state. */
  public static final Duration RETENTION = Duration.ofDays(30);

  public Handshake {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(managementAccountId, "managementAccountId");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(requestedAt, "requestedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(stateChangedAt, "stateChangedAt");
    Objects.requireNonNull(partition, "partition");
    parties = List.copyOf(parties);
    resources = List.copyOf(resources);
    tags = List.copyOf(tags);
  }

  /** A handshake of an organization in the {@code aws} partition. */
  public Handshake(
      HandshakeId id,
      OrganizationId organizationId,
      AccountId managementAccountId,
      ActionType action,
      HandshakeState state,
      Instant requestedAt,
      Instant expiresAt,
      Instant stateChangedAt,
      List<Party> parties,
      List<HandshakeResource> resources,
      HandshakeId parentId,
      AccountId recipientAccount,
      String recipientEmail,
      List<Tag> tags,
      long sequence) {
    this(
        id,
        organizationId,
        managementAccountId,
        action,
        state,
        requestedAt,
        expiresAt,
        stateChangedAt,
        parties,
        resources,
        parentId,
        recipientAccount,
        recipientEmail,
        tags,
        sequence,
        Partition.AWS);
  }

  /** The ARN, in the partition of the sending organization. */
  public String arn() {
    return Arns.handshake(partition, managementAccountId, organizationId, action, id);
  }

  /** Whether this handshake was created by an ENABLE_ALL_FEATURES parent. */
  public boolean isChild() {
    return parentId != null;
  }

  /**
   * The handshake as it reads at {@code now}: an open handshake whose expiration has passed reads
   * as EXPIRED (a child of an enable-all-features process as CANCELED, because the expiry of the
   * process cancels every request of it), as of its expiration timestamp.
   */
  public Handshake at(Instant now) {
    if (state.isTerminal() || !now.isAfter(expiresAt)) {
      return this;
    }
    return withState(isChild() ? HandshakeState.CANCELED : HandshakeState.EXPIRED, expiresAt);
  }

  /** The last instant at which this handshake is visible to anyone, if nothing changes it. */
  public Instant retainedUntil() {
    return (state.isTerminal() ? stateChangedAt : expiresAt).plus(RETENTION);
  }

  /** Whether the handshake still exists at {@code now} (30 days after it ended it is deleted). */
  public boolean isVisibleAt(Instant now) {
    return !now.isAfter(retainedUntil());
  }

  /** Whether the handshake is REQUESTED or OPEN at {@code now}. */
  public boolean isOpenAt(Instant now) {
    return !at(now).state().isTerminal();
  }

  public Handshake withState(HandshakeState newState, Instant changedAt) {
    return new Handshake(
        id,
        organizationId,
        managementAccountId,
        action,
        newState,
        requestedAt,
        expiresAt,
        changedAt,
        parties,
        resources,
        parentId,
        recipientAccount,
        recipientEmail,
        tags,
        sequence,
        partition);
  }

  /**
   * Whether {@code account} or {@code normalizedEmail} (either may be null) names this handshake's
   * recipient.
   */
  public boolean isRecipient(AccountId account, String normalizedEmail) {
    return (account != null && account.equals(recipientAccount))
        || (recipientEmail != null && recipientEmail.equals(normalizedEmail));
  }
}
