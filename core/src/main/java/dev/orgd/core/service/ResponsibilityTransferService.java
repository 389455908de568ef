package dev.orgd.core.service;

import dev.orgd.core.error.ConstraintViolationReason;
import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.HandshakeConstraintReason;
import dev.orgd.core.error.InvalidInputReason;
import dev.orgd.core.error.OrgdException;
import dev.orgd.core.model.Account;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.ActionType;
import dev.orgd.core.model.Handshake;
import dev.orgd.core.model.HandshakeState;
import dev.orgd.core.model.Organization;
import dev.orgd.core.model.PartyType;
import dev.orgd.core.model.ResponsibilityTransfer;
import dev.orgd.core.model.ResponsibilityTransferId;
import dev.orgd.core.model.ResponsibilityTransferStatus;
import dev.orgd.core.model.Tag;
import dev.orgd.core.model.TransferType;
import dev.orgd.core.page.Page;
import dev.orgd.core.page.PageRequest;
import dev.orgd.core.store.HandshakeQuery;
import dev.orgd.core.store.WriteScope;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Responsibility (billing) transfers between organizations: the TRANSFER_RESPONSIBILITY invitation,
 * the transfer it creates, and the answers to it (which {@link HandshakeService} routes here). Only
 * the management accounts of the two organizations take part. The rules and their sources are in
 * docs/research/responsibility-transfers.md (D1 to D22).
 *
 * <p>Naming follows the model, against the direction of the invitation: the organization that sends
 * the invitation is the transfer's <em>target</em> (it will manage and pay, and lists the transfer
 * as inbound); the one invited is its <em>source</em> (outbound).
 */
public final class ResponsibilityTransferService {

  /**
   * How many organizations one organization may manage at a time, open invitations included. AWS's
   * default is 0 and support raises it up to 1,000; orgd behaves as an organization whose quota was
   * raised to that maximum.
   */
  public static final int MAX_INBOUND = 1000;

  /** How many organizations may manage one organization's bill at a time (AWS, not adjustable). */
  public static final int MAX_OUTBOUND = 1;

  /** How far ahead a start or an end may lie: the first day of the 12th month after this one. */
  private static final int MONTHS_AHEAD = 12;

  private final Orgd orgd;

  ResponsibilityTransferService(Orgd orgd) {
    this.orgd = orgd;
  }

  /** A transfer as one of its two management accounts sees it. */
  public record TransferView(
      ResponsibilityTransfer transfer,
      String arn,
      String sourceManagementEmail,
      String targetManagementEmail) {}

  /** InviteOrganizationToTransferResponsibility, by the management account that will pay. */
  public Handshake invite(
      AccountId caller,
      TransferType type,
      PartyType targetType,
      String targetId,
      String notes,
      Instant startAt,
      String sourceName,
      List<Tag> tags) {
    HandshakeService.Target target = HandshakeService.Target.parse(targetType, targetId);
    List<Tag> checkedTags = Tags.check(tags);
    WriteScope scope =
        target.account() == null
            ? WriteScope.organizationOf(caller)
            : new WriteScope(List.of(), List.of(caller, target.account()), List.of());
    return orgd.write(
        scope,
        s -> {
          Instant expiresAt = checkStart(s.now, startAt);
          Organization org = s.managedBy(caller);
          Account recipient = target.resolve(s);
          if (recipient != null && recipient.id().equals(caller)) {
            throw OrgdException.handshakeConstraint(
                HandshakeConstraintReason.SOURCE_AND_TARGET_CANNOT_MATCH,
                "An account can't accept a transfer invitation if it is both the sender and"
                    + " recipient of the invitation.");
          }
          Organization recipientOrg = managedOrganization(s, recipient);
          checkNoOpenInvitation(s, org, recipient.id());
          checkNoTransferBetween(s, org, recipientOrg);
          if (countLive(s, org, true) >= MAX_INBOUND) {
            throw OrgdException.constraint(
                ConstraintViolationReason.RESPONSIBILITY_TRANSFER_MAX_INBOUND_QUOTA_VIOLATION,
                "You have exceeded your inbound transfers limit.");
          }
          ResponsibilityTransferId id = s.ids.responsibilityTransferId();
          while (s.tx.responsibilityTransfers().find(id).isPresent()) {
            id = s.ids.responsibilityTransferId();
          }
          Handshake h =
              Handshakes.transferInvitation(
                  s,
                  org,
                  s.account(caller),
                  target,
                  recipient.id(),
                  id,
                  type,
                  startAt,
                  expiresAt,
                  notes,
                  checkedTags);
          s.tx.handshakes().save(h);
          s.tx
              .responsibilityTransfers()
              .save(
                  new ResponsibilityTransfer(
                      id,
                      type,
                      sourceName,
                      recipientOrg.id(),
                      recipient.id(),
                      org.id(),
                      caller,
                      h.id(),
                      startAt,
                      null,
                      expiresAt,
                      ResponsibilityTransferStatus.REQUESTED,
                      s.now,
                      h.requestedAt(),
                      h.sequence(),
                      checkedTags));
          return h;
        });
  }

  /** DescribeResponsibilityTransfer, by either management account. */
  public TransferView describe(AccountId caller, ResponsibilityTransferId id) {
    return orgd.read(
        s -> {
          Organization org = s.managedBy(caller);
          return view(s, org, visible(s, org, id));
        });
  }

  /** ListInboundResponsibilityTransfers: the transfers the caller's organization manages. */
  public Page<TransferView> listInbound(
      AccountId caller, TransferType type, ResponsibilityTransferId id, PageRequest request) {
    return orgd.read(
        s -> {
          Organization org = s.managedBy(caller);
          if (id != null) {
            ResponsibilityTransfer t = visible(s, org, id);
            if (!t.targetOrganization().equals(org.id()) || t.type() != type) {
              throw transferNotFound();
            }
            return new Page<>(List.of(view(s, org, t)), null);
          }
          return page(s, org, true, type, request, "inbound|" + caller + "|" + type);
        });
  }

  /** ListOutboundResponsibilityTransfers: the transfers in which another organization pays. */
  public Page<TransferView> listOutbound(AccountId caller, TransferType type, PageRequest request) {
    return orgd.read(
        s -> {
          Organization org = s.managedBy(caller);
          return page(s, org, false, type, request, "outbound|" + caller + "|" + type);
        });
  }

  /**
   * TerminateResponsibilityTransfer, by either management account: an accepted transfer becomes
   * WITHDRAWN and ends at {@code endAt} (null: at the end of the current month).
   */
  public TransferView terminate(AccountId caller, ResponsibilityTransferId id, Instant endAt) {
    return orgd.write(
        WriteScope.organizationOf(caller),
        s -> {
          Instant end = checkEnd(s.now, endAt);
          Organization org = s.managedBy(caller);
          ResponsibilityTransfer t = visible(s, org, id);
          if (t.status() == ResponsibilityTransferStatus.WITHDRAWN) {
            throw new OrgdException(
                ErrorCode.RESPONSIBILITY_TRANSFER_ALREADY_IN_STATUS,
                "The responsibility transfer is already in the status that you specified.");
          }
          if (t.status() != ResponsibilityTransferStatus.ACCEPTED) {
            throw new OrgdException(
                ErrorCode.INVALID_RESPONSIBILITY_TRANSFER_TRANSITION,
                "The responsibility transfer can't transition to the requested state because it's"
                    + " not in a valid state for this operation.");
          }
          ResponsibilityTransfer withdrawn = t.withdrawn(end, s.now);
          s.tx.responsibilityTransfers().save(withdrawn);
          return view(s, org, withdrawn);
        });
  }

  /** UpdateResponsibilityTransfer: renames a requested or accepted transfer. */
  public TransferView update(AccountId caller, ResponsibilityTransferId id, String name) {
    return orgd.write(
        WriteScope.organizationOf(caller),
        s -> {
          Organization org = s.managedBy(caller);
          ResponsibilityTransfer t = visible(s, org, id);
          if (t.status() != ResponsibilityTransferStatus.REQUESTED
              && t.status() != ResponsibilityTransferStatus.ACCEPTED) {
            throw OrgdException.constraint(
                ConstraintViolationReason.TRANSFER_RESPONSIBILITY_UPDATE_NOT_ALLOWED,
                "You can't update a transfer that is " + t.status() + ".");
          }
          ResponsibilityTransfer renamed = t.withName(name);
          s.tx.responsibilityTransfers().save(renamed);
          return view(s, org, renamed);
        });
  }

  // --- the answers to the invitation (from HandshakeService) ----------------------------------

  /**
   * The recipient accepts: the outbound quota of its organization is checked for the transfer's
   * period, then the handshake and the transfer are ACCEPTED.
   */
  static Handshake accepted(Session s, Handshake h) {
    ResponsibilityTransfer t = ofHandshake(s, h);
    int overlapping = 0;
    for (ResponsibilityTransfer other :
        s.tx.responsibilityTransfers().unended(t.sourceOrganization())) {
      if (other.sourceOrganization().equals(t.sourceOrganization())
          && other.status() != ResponsibilityTransferStatus.REQUESTED
          && (other.endAt() == null || !other.endAt().isBefore(t.startAt()))) {
        overlapping++;
      }
    }
    if (overlapping >= MAX_OUTBOUND) {
      throw OrgdException.constraint(
          ConstraintViolationReason.RESPONSIBILITY_TRANSFER_MAX_OUTBOUND_QUOTA_VIOLATION,
          "You have exceeded your outbound transfers limit.");
    }
    s.tx.responsibilityTransfers().save(t.withStatus(ResponsibilityTransferStatus.ACCEPTED, s.now));
    return HandshakeService.transition(s, h, HandshakeState.ACCEPTED);
  }

  /** The recipient declined, or the sender canceled: the transfer follows its handshake. */
  static Handshake ended(Session s, Handshake h, HandshakeState to) {
    ResponsibilityTransfer t = ofHandshake(s, h);
    ResponsibilityTransferStatus status =
        to == HandshakeState.DECLINED
            ? ResponsibilityTransferStatus.DECLINED
            : ResponsibilityTransferStatus.CANCELED;
    s.tx.responsibilityTransfers().save(t.withStatus(status, s.now));
    return HandshakeService.transition(s, h, to);
  }

  /**
   * DeleteOrganization's precondition: no pending invitation, accepted transfer or withdrawn
   * transfer that has not ended, on either side.
   */
  static void checkNoTransferInProgress(Session s, Organization org) {
    for (ResponsibilityTransfer t : s.tx.responsibilityTransfers().unended(org.id())) {
      if (t.isLiveAt(s.now)) {
        throw OrgdException.constraint(
            ConstraintViolationReason.ACTIVE_RESPONSIBILITY_TRANSFER_PROCESS,
            "You cannot delete organization due to an ongoing responsibility transfer process.");
      }
    }
  }

  // --- rules ----------------------------------------------------------------------------------

  /**
   * The start rules (D5): 00:00:00.000 UTC on a month's first day, with the acceptance deadline
   * (23:59:59.999 UTC two days before) still ahead, at most 12 months ahead. Returns the deadline.
   */
  static Instant checkStart(Instant now, Instant start) {
    LocalDateTime at = LocalDateTime.ofInstant(start, ZoneOffset.UTC);
    if (at.getDayOfMonth() != 1) {
      throw OrgdException.invalidInput(
          InvalidInputReason.START_DATE_NOT_BEGINNING_OF_MONTH,
          "You provided an invalid start date. The start date must be the first day of the"
              + " month.");
    }
    if (!start.equals(start.truncatedTo(ChronoUnit.DAYS))) {
      throw OrgdException.invalidInput(
          InvalidInputReason.START_DATE_NOT_BEGINNING_OF_DAY,
          "You provided an invalid start date. The start date must be the beginning of the day"
              + " (00:00:00.000).");
    }
    Instant deadline = start.minus(1, ChronoUnit.DAYS).minusMillis(1);
    if (now.isAfter(deadline)) {
      throw OrgdException.invalidInput(
          InvalidInputReason.START_DATE_TOO_EARLY,
          "You provided an invalid start date. The start date is too early.");
    }
    if (start.isAfter(firstOfMonth(now).plusMonths(MONTHS_AHEAD).toInstant(ZoneOffset.UTC))) {
      throw OrgdException.invalidInput(
          InvalidInputReason.START_DATE_TOO_LATE,
          "You provided an invalid start date. The start date is too late.");
    }
    return deadline;
  }

  /**
   * The end rules (D8): the last second of a month (taken as its last millisecond), not before the
   * end of the current month, at most 12 months ahead; none given is the end of the current month.
   */
  static Instant checkEnd(Instant now, Instant end) {
    Instant endOfThisMonth = endOfMonth(now);
    if (end == null) {
      return endOfThisMonth;
    }
    // boto3 and the AWS CLI send timestamps in whole seconds (botocore's default precision), so
    // 23:59:59 stands for 23:59:59.999: any instant of a month's last second is its end.
    end = end.truncatedTo(ChronoUnit.SECONDS).plusMillis(999);
    if (!end.equals(endOfMonth(end))) {
      throw OrgdException.invalidInput(
          InvalidInputReason.END_DATE_NOT_END_OF_MONTH,
          "You provided an invalid end date. The end date must be the end of the last day of the"
              + " month (23.59.59.999).");
    }
    if (end.isBefore(endOfThisMonth)) {
      throw OrgdException.invalidInput(
          InvalidInputReason.END_DATE_TOO_EARLY,
          "You provided an invalid end date. The end date is too early.");
    }
    if (end.isAfter(
        firstOfMonth(now).plusMonths(MONTHS_AHEAD + 1).toInstant(ZoneOffset.UTC).minusMillis(1))) {
      throw OrgdException.invalidInput(
          InvalidInputReason.END_DATE_TOO_LATE,
          "You provided an invalid end date. The end date is too late.");
    }
    return end;
  }

  private static LocalDateTime firstOfMonth(Instant at) {
    return LocalDateTime.ofInstant(at, ZoneOffset.UTC)
        .withDayOfMonth(1)
        .truncatedTo(ChronoUnit.DAYS);
  }

  private static Instant endOfMonth(Instant at) {
    return firstOfMonth(at).plusMonths(1).toInstant(ZoneOffset.UTC).minusMillis(1);
  }

  /**
   * The organization that {@code recipient} manages; HandshakeConstraintViolation
   * TARGET_ACCOUNT_VALIDATION_FAILURE for an unknown email, a standalone account or a member.
   */
  private static Organization managedOrganization(Session s, Account recipient) {
    Optional<Organization> org =
        recipient == null || recipient.isStandalone()
            ? Optional.empty()
            : s.tx.organizations().find(recipient.organizationId());
    return org.filter(o -> o.managementAccountId().equals(recipient.id()))
        .orElseThrow(
            () ->
                OrgdException.handshakeConstraint(
                    HandshakeConstraintReason.TARGET_ACCOUNT_VALIDATION_FAILURE,
                    "The target of a transfer invitation must be the management account of an"
                        + " organization."));
  }

  private static void checkNoOpenInvitation(Session s, Organization org, AccountId recipient) {
    HandshakeQuery open =
        HandshakeQuery.receivedBy(recipient, null)
            .withOrganization(org.id())
            .withAction(ActionType.TRANSFER_RESPONSIBILITY)
            .openAt(s.now);
    if (s.tx.handshakes().count(open) > 0) {
      throw new OrgdException(
          ErrorCode.DUPLICATE_HANDSHAKE,
          "A handshake with the same action and target already exists.");
    }
  }

  /**
   * An accepted (or withdrawn, not yet ended) transfer between the two organizations, either way
   * round: the same transfer again, or the recipient paying for the sender already (a cycle).
   */
  private static void checkNoTransferBetween(Session s, Organization org, Organization recipient) {
    for (ResponsibilityTransfer t : s.tx.responsibilityTransfers().unended(org.id())) {
      if (t.involves(recipient.id())
          && t.status() != ResponsibilityTransferStatus.REQUESTED
          && t.isLiveAt(s.now)) {
        throw OrgdException.handshakeConstraint(
            HandshakeConstraintReason.RESPONSIBILITY_TRANSFER_ALREADY_EXISTS,
            "You cannot perform this operation with the current transfer.");
      }
    }
  }

  /** The live transfers of {@code org} on one side (inbound: those it manages). */
  private static int countLive(Session s, Organization org, boolean inbound) {
    int count = 0;
    for (ResponsibilityTransfer t : s.tx.responsibilityTransfers().unended(org.id())) {
      boolean onSide =
          inbound
              ? t.targetOrganization().equals(org.id())
              : t.sourceOrganization().equals(org.id());
      if (onSide && t.isLiveAt(s.now)) {
        count++;
      }
    }
    return count;
  }

  private static ResponsibilityTransfer ofHandshake(Session s, Handshake h) {
    return s.tx
        .responsibilityTransfers()
        .findByHandshake(h.id())
        .orElseThrow(() -> new IllegalStateException("no transfer for handshake " + h.id()));
  }

  /**
   * The transfer as {@code org} sees it now; ResponsibilityTransferNotFoundException when it does
   * not exist, is past its retention, or is not {@code org}'s, so existence never leaks.
   */
  private static ResponsibilityTransfer visible(
      Session s, Organization org, ResponsibilityTransferId id) {
    return s.tx
        .responsibilityTransfers()
        .find(id)
        .map(t -> t.at(s.now))
        .filter(t -> t.isVisibleAt(s.now) && t.involves(org.id()))
        .orElseThrow(ResponsibilityTransferService::transferNotFound);
  }

  private static OrgdException transferNotFound() {
    return new OrgdException(
        ErrorCode.RESPONSIBILITY_TRANSFER_NOT_FOUND,
        "We can't find a transfer that you specified.");
  }

  private static Page<TransferView> page(
      Session s,
      Organization org,
      boolean inbound,
      TransferType type,
      PageRequest request,
      String binding) {
    Page<ResponsibilityTransfer> scanned =
        Paging.page(
            s,
            Paging.TRANSFERS,
            binding,
            request,
            (after, limit) ->
                s.tx.responsibilityTransfers().list(org.id(), inbound, type, after, limit));
    List<TransferView> items = new ArrayList<>(scanned.items().size());
    for (ResponsibilityTransfer t : scanned.items()) {
      ResponsibilityTransfer now = t.at(s.now);
      if (now.isVisibleAt(s.now)) {
        items.add(view(s, org, now));
      }
    }
    return new Page<>(items, scanned.nextToken());
  }

  private static TransferView view(Session s, Organization viewer, ResponsibilityTransfer t) {
    return new TransferView(
        t,
        t.arnFor(viewer),
        s.account(t.sourceManagementAccount()).email(),
        s.account(t.targetManagementAccount()).email());
  }
}
