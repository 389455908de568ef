package dev.orgd.core.service;

import dev.orgd.core.model.Account;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.ActionType;
import dev.orgd.core.model.Handshake;
import dev.orgd.core.model.HandshakeId;
import dev.orgd.core.model.HandshakeResource;
import dev.orgd.core.model.HandshakeResourceType;
import dev.orgd.core.model.HandshakeState;
import dev.orgd.core.model.Organization;
import dev.orgd.core.model.Party;
import dev.orgd.core.model.PartyType;
import dev.orgd.core.model.ResponsibilityTransferId;
import dev.orgd.core.model.Tag;
import dev.orgd.core.model.TransferType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds new handshakes with the parties and resources each action carries (CONTRACT section 4).
 */
final class Handshakes {
  /** An instant as a TRANSFER_START_TIMESTAMP resource writes it: ISO-8601 UTC, milliseconds. */
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private Handshakes() {
    throw new AssertionError("not instantiable");
  }

  static Handshake invitation(
      Session s,
      Organization org,
      Account management,
      HandshakeService.Target target,
      Account invitee,
      String notes,
      List<Tag> tags) {
    List<HandshakeResource> resources = new ArrayList<>(3);
    resources.add(
        new HandshakeResource(
            HandshakeResourceType.ORGANIZATION,
            org.id().value(),
            List.of(
                HandshakeResource.of(HandshakeResourceType.MASTER_EMAIL, management.email()),
                HandshakeResource.of(HandshakeResourceType.MASTER_NAME, management.name()),
                HandshakeResource.of(
                    HandshakeResourceType.ORGANIZATION_FEATURE_SET, org.featureSet().name()))));
    addTargetAndNotes(resources, target, notes);
    // An invitation by email names its recipient by that email until someone accepts it.
    AccountId recipient = target.type() == PartyType.ACCOUNT ? target.account() : null;
    return create(
        s,
        org,
        ActionType.INVITE,
        HandshakeState.OPEN,
        s.now.plus(HandshakeService.INVITE_TTL),
        List.of(organizationParty(org), new Party(target.id(), target.type())),
        resources,
        null,
        recipient,
        target.email(),
        tags);
  }

  /**
   * A TRANSFER_RESPONSIBILITY invitation to {@code recipient} (the management account the target
   * names), open until the acceptance deadline {@code expiresAt}. Its resources name the transfer
   * (with its type and start), the sending organization (with its management account), the target
   * as given, and the notes (docs/research/responsibility-transfers.md D3).
   */
  static Handshake transferInvitation(
      Session s,
      Organization org,
      Account management,
      HandshakeService.Target target,
      AccountId recipient,
      ResponsibilityTransferId transfer,
      TransferType type,
      Instant startAt,
      Instant expiresAt,
      String notes,
      List<Tag> tags) {
    List<HandshakeResource> resources = new ArrayList<>(4);
    resources.add(
        new HandshakeResource(
            HandshakeResourceType.RESPONSIBILITY_TRANSFER,
            transfer.value(),
            List.of(
                HandshakeResource.of(HandshakeResourceType.TRANSFER_TYPE, type.name()),
                HandshakeResource.of(
                    HandshakeResourceType.TRANSFER_START_TIMESTAMP, TIMESTAMP.format(startAt)))));
    resources.add(
        new HandshakeResource(
            HandshakeResourceType.ORGANIZATION,
            org.id().value(),
            List.of(
                HandshakeResource.of(
                    HandshakeResourceType.MANAGEMENT_ACCOUNT, management.id().value()),
                HandshakeResource.of(HandshakeResourceType.MANAGEMENT_EMAIL, management.email()),
                HandshakeResource.of(HandshakeResourceType.MANAGEMENT_NAME, management.name()))));
    addTargetAndNotes(resources, target, notes);
    return create(
        s,
        org,
        ActionType.TRANSFER_RESPONSIBILITY,
        HandshakeState.OPEN,
        expiresAt,
        List.of(organizationParty(org), new Party(target.id(), target.type())),
        resources,
        null,
        recipient,
        null,
        tags);
  }

  static Handshake processParent(Session s, Organization org, Instant expiresAt) {
    return create(
        s,
        org,
        ActionType.ENABLE_ALL_FEATURES,
        HandshakeState.REQUESTED,
        expiresAt,
        List.of(organizationParty(org)),
        List.of(HandshakeResource.of(HandshakeResourceType.ORGANIZATION, org.id().value())),
        null,
        null,
        null,
        List.of());
  }

  /** A request of the process to one account: a member's approval, or the management account's. */
  static Handshake processRequest(
      Session s, Organization org, Handshake parent, ActionType action, AccountId recipient) {
    return create(
        s,
        org,
        action,
        HandshakeState.OPEN,
        parent.expiresAt(),
        List.of(organizationParty(org), new Party(recipient.value(), PartyType.ACCOUNT)),
        List.of(
            HandshakeResource.of(HandshakeResourceType.PARENT_HANDSHAKE, parent.id().value()),
            HandshakeResource.of(HandshakeResourceType.ORGANIZATION, org.id().value()),
            HandshakeResource.of(HandshakeResourceType.ACCOUNT, recipient.value())),
        parent.id(),
        recipient,
        null,
        List.of());
  }

  /** The invited party as given (an account or an email), then the notes if there are any. */
  private static void addTargetAndNotes(
      List<HandshakeResource> resources, HandshakeService.Target target, String notes) {
    resources.add(
        HandshakeResource.of(
            target.type() == PartyType.ACCOUNT
                ? HandshakeResourceType.ACCOUNT
                : HandshakeResourceType.EMAIL,
            target.id()));
    if (notes != null) {
      resources.add(HandshakeResource.of(HandshakeResourceType.NOTES, notes));
    }
  }

  private static Party organizationParty(Organization org) {
    return new Party(org.id().value(), PartyType.ORGANIZATION);
  }

  private static Handshake create(
      Session s,
      Organization org,
      ActionType action,
      HandshakeState state,
      Instant expiresAt,
      List<Party> parties,
      List<HandshakeResource> resources,
      HandshakeId parent,
      AccountId recipientAccount,
      String recipientEmail,
      List<Tag> tags) {
    HandshakeId id = s.ids.handshakeId();
    while (s.tx.handshakes().find(id).isPresent()) {
      id = s.ids.handshakeId();
    }
    return new Handshake(
        id,
        org.id(),
        org.managementAccountId(),
        action,
        state,
        s.now,
        expiresAt,
        s.now,
        parties,
        resources,
        parent,
        recipientAccount,
        recipientEmail,
        tags,
        s.tx.handshakes().nextSequence(),
        org.partition());
  }
}
