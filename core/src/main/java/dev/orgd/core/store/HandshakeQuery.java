package dev.orgd.core.store;

import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.ActionType;
import dev.orgd.core.model.HandshakeId;
import dev.orgd.core.model.HandshakeState;
import dev.orgd.core.model.OrganizationId;
import java.time.Instant;

/**
 * Which stored handshakes a listing or a count selects. Every non-null member narrows the
 * selection; null members do not. The recipient matches when either {@code recipientAccount} or
 * {@code recipientEmail} (normalized) equals the handshake's.
 *
 * @param organization the sending organization
 * @param recipientAccount the recipient by account id
 * @param recipientEmail the recipient by normalized email
 * @param action the handshake action
 * @param parent the parent handshake (children and approval of an enable-all-features process)
 * @param openAt only handshakes REQUESTED or OPEN whose expiration is not before this instant
 * @param requestedSince only handshakes requested at or after this instant
 * @param excludedState leave out handshakes whose stored state is this one
 */
public record HandshakeQuery(
    OrganizationId organization,
    AccountId recipientAccount,
    String recipientEmail,
    ActionType action,
    HandshakeId parent,
    Instant openAt,
    Instant requestedSince,
    HandshakeState excludedState) {

  public static HandshakeQuery all() {
    return new HandshakeQuery(null, null, null, null, null, null, null, null);
  }

  public static HandshakeQuery sentBy(OrganizationId org) {
    return all().withOrganization(org);
  }

  public static HandshakeQuery receivedBy(AccountId account, String normalizedEmail) {
    return new HandshakeQuery(null, account, normalizedEmail, null, null, null, null, null);
  }

  public HandshakeQuery withOrganization(OrganizationId org) {
    return new HandshakeQuery(
        org,
        recipientAccount,
        recipientEmail,
        action,
        parent,
        openAt,
        requestedSince,
        excludedState);
  }

  public HandshakeQuery withAction(ActionType newAction) {
    return new HandshakeQuery(
        organization,
        recipientAccount,
        recipientEmail,
        newAction,
        parent,
        openAt,
        requestedSince,
        excludedState);
  }

  public HandshakeQuery withParent(HandshakeId newParent) {
    return new HandshakeQuery(
        organization,
        recipientAccount,
        recipientEmail,
        action,
        newParent,
        openAt,
        requestedSince,
        excludedState);
  }

  public HandshakeQuery openAt(Instant at) {
    return new HandshakeQuery(
        organization,
        recipientAccount,
        recipientEmail,
        action,
        parent,
        at,
        requestedSince,
        excludedState);
  }

  public HandshakeQuery requestedSince(Instant since, HandshakeState excluding) {
    return new HandshakeQuery(
        organization, recipientAccount, recipientEmail, action, parent, openAt, since, excluding);
  }
}
