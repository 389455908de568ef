package dev.orgd.core.service;

import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.HandshakeConstraintReason;
import dev.orgd.core.error.InvalidInputReason;
import dev.orgd.core.error.OrgdException;
import dev.orgd.core.model.Account;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.ActionType;
import dev.orgd.core.model.Handshake;
import dev.orgd.core.model.HandshakeId;
import dev.orgd.core.model.HandshakeState;
import dev.orgd.core.model.Organization;
import dev.orgd.core.model.PartyType;
import dev.orgd.core.model.Tag;
import dev.orgd.core.page.Page;
import dev.orgd.core.page.PageRequest;
import dev.orgd.core.store.HandshakeQuery;
import dev.orgd.core.store.WriteScope;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The handshake operations: invitations, the answers to them, and the enable-all-features process
 * (whose rules live in {@link AllFeaturesProcess}). Every method is one unit of work.
 */
public final class HandshakeService {
  /** How long an invitation stays open. */
  public static final Duration INVITE_TTL = Duration.ofDays(15);

  private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
  private static final Duration RATE_WINDOW = Duration.ofHours(24);
  private static final int MIN_DAILY_INVITATIONS = 20;

  private final Orgd orgd;
  private final AllFeaturesProcess process = new AllFeaturesProcess();

  HandshakeService(Orgd orgd) {
    this.orgd = orgd;
  }

  /** InviteAccountToOrganization: the management account invites an account by id or email. */
  public Handshake invite(
      AccountId caller, PartyType targetType, String targetId, String notes, List<Tag> tags) {
    Target target = Target.parse(targetType, targetId);
    List<Tag> checkedTags = Tags.check(tags);
    return orgd.write(
        WriteScope.organizationOf(caller),
        s -> {
          Organization org = s.managedBy(caller);
          if (process.active(s, org) != null) {
            throw OrgdException.handshakeConstraint(
                HandshakeConstraintReason.INVITE_DISABLED_DURING_ENABLE_ALL_FEATURES,
                "You can't invite accounts while the organization is enabling all features.");
          }
          Account invitee = target.resolve(s);
          if (invitee != null && org.id().equals(invitee.organizationId())) {
            throw OrgdException.handshakeConstraint(
                HandshakeConstraintReason.ALREADY_IN_AN_ORGANIZATION,
                "The account is already a member of this organization.");
          }
          checkNoOpenInvitation(s, org, target, invitee);
          checkQuotas(s, org);
          Handshake h =
              Handshakes.invitation(
                  s,
                  org,
                  s.account(org.managementAccountId()),
                  target,
                  invitee,
                  notes,
                  checkedTags);
          s.tx.handshakes().save(h);
          return h;
        });
  }

  private static void checkNoOpenInvitation(
      Session s, Organization org, Target target, Account invitee) {
    AccountId account = invitee != null ? invitee.id() : target.account();
    String email = invitee != null ? Account.normalizeEmail(invitee.email()) : target.email();
    HandshakeQuery open =
        HandshakeQuery.receivedBy(account, email)
            .withOrganization(org.id())
            .withAction(ActionType.INVITE)
            .openAt(s.now);
    if (s.tx.handshakes().count(open) > 0) {
      throw new OrgdException(
          ErrorCode.DUPLICATE_HANDSHAKE,
          "A handshake with the same action and target already exists.");
    }
  }

  private static void checkQuotas(Session s, Organization org) {
    if (!AccountQuota.hasRoomCountingInvitations(s, org)) {
      throw OrgdException.handshakeConstraint(
          HandshakeConstraintReason.ACCOUNT_NUMBER_LIMIT_EXCEEDED,
          "You have exceeded the allowed number of AWS accounts");
    }
    // Accepted invitations do not count against the daily limit (Organizations User Guide, quotas).
    HandshakeQuery invitations = HandshakeQuery.sentBy(org.id()).withAction(ActionType.INVITE);
    int sentToday =
        s.tx
            .handshakes()
            .count(invitations.requestedSince(s.now.minus(RATE_WINDOW), HandshakeState.ACCEPTED));
    if (sentToday >= Math.max(MIN_DAILY_INVITATIONS, org.maxAccounts())) {
      throw OrgdException.handshakeConstraint(
          HandshakeConstraintReason.HANDSHAKE_RATE_LIMIT_EXCEEDED,
          "You have exceeded the number of handshakes you can send in one day.");
    }
  }

  /** AcceptHandshake, by the recipient (or the management account finalizing the process). */
  public Handshake accept(AccountId caller, HandshakeId id) {
    return orgd.write(
        answering(caller, id),
        s -> {
          Handshake h = visible(s, caller, id);
          boolean finalizing = h.action() == ActionType.ENABLE_ALL_FEATURES && !h.isChild();
          if (finalizing ? !isManagement(s, h, caller) : !isRecipient(s, h, caller)) {
            throw OrgdException.accessDenied();
          }
          requireOpen(h, HandshakeState.ACCEPTED);
          if (finalizing) {
            return process.finalizeFromParent(s, h);
          }
          return switch (h.action()) {
            case INVITE -> Membership.acceptInvitation(s, h, caller);
            case ENABLE_ALL_FEATURES -> process.acceptChild(s, h);
            case APPROVE_ALL_FEATURES -> process.approve(s, h);
            case TRANSFER_RESPONSIBILITY -> ResponsibilityTransferService.accepted(s, h);
            case ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE -> transition(s, h, HandshakeState.ACCEPTED);
          };
        });
  }

  /** DeclineHandshake, by the recipient only (a standalone account too). */
  public Handshake decline(AccountId caller, HandshakeId id) {
    return orgd.write(
        answering(caller, id),
        s -> {
          Handshake h = visible(s, caller, id);
          if (!isRecipient(s, h, caller)) {
            throw OrgdException.accessDenied();
          }
          requireOpen(h, HandshakeState.DECLINED);
          if (h.action() == ActionType.APPROVE_ALL_FEATURES) {
            return process.declineApproval(s, h);
          }
          if (h.action() == ActionType.TRANSFER_RESPONSIBILITY) {
            return ResponsibilityTransferService.ended(s, h, HandshakeState.DECLINED);
          }
          // A declined child keeps its process REQUESTED until the member leaves or is removed.
          return transition(s, h, HandshakeState.DECLINED);
        });
  }

  /** CancelHandshake, by the management account of the organization that sent it. */
  public Handshake cancel(AccountId caller, HandshakeId id) {
    return orgd.write(
        answering(caller, id),
        s -> {
          Handshake h = visible(s, caller, id);
          if (!isManagement(s, h, caller)) {
            throw OrgdException.accessDenied();
          }
          requireOpen(h, HandshakeState.CANCELED);
          // Canceling any request of an enable-all-features process cancels the whole process.
          if (h.action() == ActionType.ENABLE_ALL_FEATURES || h.isChild()) {
            return process.cancel(s, h);
          }
          if (h.action() == ActionType.TRANSFER_RESPONSIBILITY) {
            return ResponsibilityTransferService.ended(s, h, HandshakeState.CANCELED);
          }
          return transition(s, h, HandshakeState.CANCELED);
        });
  }

  /**
   * DescribeHandshake: the originator's management account and delegated administrators, and the
   * recipient.
   */
  public Handshake describe(AccountId caller, HandshakeId id) {
    return orgd.read(s -> visible(s, caller, id));
  }

  /** ListHandshakesForAccount: what the caller received, by its account id or its email. */
  public Page<Handshake> listForAccount(
      AccountId caller, HandshakeFilter filter, PageRequest request) {
    checkFilter(filter);
    return orgd.read(
        s -> {
          Account account = s.account(caller);
          HandshakeQuery query =
              filtered(
                  HandshakeQuery.receivedBy(caller, Account.normalizeEmail(account.email())),
                  filter);
          return Paging.handshakes(s, query, request, binding("account", caller, filter));
        });
  }

  /** ListHandshakesForOrganization: everything the caller's organization sent. */
  public Page<Handshake> listForOrganization(
      AccountId caller, HandshakeFilter filter, PageRequest request) {
    checkFilter(filter);
    return orgd.read(
        s -> {
          Organization org = s.administeredBy(caller);
          HandshakeQuery query = filtered(HandshakeQuery.sentBy(org.id()), filter);
          return Paging.handshakes(s, query, request, binding("organization", caller, filter));
        });
  }

  /** EnableAllFeatures: starts the process and returns its parent handshake. */
  public Handshake enableAllFeatures(AccountId caller) {
    return orgd.write(
        WriteScope.organizationOf(caller), s -> process.start(s, s.managedBy(caller)));
  }

  /**
   * An answer changes the organization that sent the handshake and, when the caller moves from
   * another organization by accepting, the caller's organization too.
   */
  private static WriteScope answering(AccountId caller, HandshakeId id) {
    return WriteScope.organizationOf(caller).andSenderOf(id);
  }

  // --- reactions (see Reactions) --------------------------------------------------------------

  /** A member left its organization (or was removed): it no longer takes part in the process. */
  void accountLeft(Session s, DomainEvent.AccountLeft left) {
    process.memberLeft(s, left.organization(), left.account());
  }

  /** An organization is being deleted: everything it sent that is still open is canceled. */
  void organizationDeleted(Session s, DomainEvent.OrganizationDeleted deleted) {
    for (Handshake h : openSentBy(s, deleted.organization())) {
      transition(s, h, HandshakeState.CANCELED);
    }
  }

  /** Cancels the open invitations of {@code org} (when enabling all features starts). */
  static void cancelOpenInvitations(Session s, Organization org) {
    for (Handshake h : openSentBy(s, org)) {
      if (h.action() == ActionType.INVITE) {
        transition(s, h, HandshakeState.CANCELED);
      }
    }
  }

  private static List<Handshake> openSentBy(Session s, Organization org) {
    return s.tx
        .handshakes()
        .list(HandshakeQuery.sentBy(org.id()).openAt(s.now), null, Integer.MAX_VALUE);
  }

  // --- shared rules ---------------------------------------------------------------------------

  static Handshake transition(Session s, Handshake h, HandshakeState to) {
    Handshake changed = h.withState(to, s.now);
    s.tx.handshakes().save(changed);
    return changed;
  }

  /**
   * The handshake as the caller sees it now. Anyone who is neither a party allowed to see it nor in
   * its organization's administration gets HandshakeNotFoundException, so existence never leaks.
   */
  private static Handshake visible(Session s, AccountId caller, HandshakeId id) {
    Handshake h =
        s.tx
            .handshakes()
            .find(id)
            .filter(stored -> stored.isVisibleAt(s.now))
            .orElseThrow(OrgdException::handshakeNotFound);
    if (!isRecipient(s, h, caller) && !isAdministrator(s, h, caller)) {
      throw OrgdException.handshakeNotFound();
    }
    return h.at(s.now);
  }

  private static boolean isRecipient(Session s, Handshake h, AccountId caller) {
    return h.isRecipient(caller, Account.normalizeEmail(s.account(caller).email()));
  }

  private static boolean isManagement(Session s, Handshake h, AccountId caller) {
    return s.tx
        .organizations()
        .find(h.organizationId())
        .map(org -> org.managementAccountId().equals(caller))
        .orElse(false);
  }

  private static boolean isAdministrator(Session s, Handshake h, AccountId caller) {
    return s.tx
        .organizations()
        .find(h.organizationId())
        .map(
            org ->
                org.managementAccountId().equals(caller)
                    || (org.id().equals(s.account(caller).organizationId())
                        && s.isDelegatedAdministrator(org, caller)))
        .orElse(false);
  }

  /** The state checks of every answer: the same state again, or any move out of a final state. */
  private static void requireOpen(Handshake h, HandshakeState target) {
    if (h.state() == target) {
      throw new OrgdException(
          ErrorCode.HANDSHAKE_ALREADY_IN_STATE,
          "The handshake is already in the requested state: " + target + ".");
    }
    if (h.state().isTerminal()) {
      throw new OrgdException(
          ErrorCode.INVALID_HANDSHAKE_TRANSITION,
          "You can't perform this action on a handshake that is " + h.state() + ".");
    }
    if (target == HandshakeState.ACCEPTED && h.state() == HandshakeState.REQUESTED) {
      throw new OrgdException(
          ErrorCode.INVALID_HANDSHAKE_TRANSITION,
          "The handshake can't be accepted until every account has approved it.");
    }
  }

  private static void checkFilter(HandshakeFilter filter) {
    if (filter.actionType() != null && filter.parentHandshakeId() != null) {
      throw OrgdException.invalidInput(
          InvalidInputReason.MAX_LIMIT_EXCEEDED_FILTER,
          "You can specify only one filter parameter for the operation.");
    }
  }

  private static HandshakeQuery filtered(HandshakeQuery query, HandshakeFilter filter) {
    if (filter.actionType() != null) {
      return query.withAction(filter.actionType());
    }
    if (filter.parentHandshakeId() != null) {
      return query.withParent(filter.parentHandshakeId());
    }
    return query;
  }

  private static String binding(String operation, AccountId caller, HandshakeFilter filter) {
    return operation + "|" + caller + "|" + filter.actionType() + "|" + filter.parentHandshakeId();
  }

  /** The target of an invitation: an account id or an email address, checked. */
  record Target(PartyType type, String id) {
    static Target parse(PartyType type, String id) {
      switch (type) {
        case ACCOUNT -> {
          if (!AccountId.isValid(id)) {
            throw OrgdException.invalidInput(
                InvalidInputReason.INVALID_PATTERN,
                "You provided a value that does not match the required pattern.");
          }
        }
        case EMAIL -> {
          if (id.length() < 6 || !EMAIL.matcher(id).matches()) {
            throw OrgdException.invalidInput(
                InvalidInputReason.INVALID_EMAIL_ADDRESS_TARGET,
                "You provided an invalid email address as the invitation target.");
          }
        }
        case ORGANIZATION ->
            throw OrgdException.invalidInput(
                InvalidInputReason.INVALID_PARTY_TYPE_TARGET,
                "You can invite only an ACCOUNT or an EMAIL target.");
      }
      return new Target(type, id);
    }

    AccountId account() {
      return type == PartyType.ACCOUNT ? new AccountId(id) : null;
    }

    String email() {
      return type == PartyType.EMAIL ? Account.normalizeEmail(id) : null;
    }

    /** The account the target names, if orgd knows one (an unknown account id gets defaults). */
    Account resolve(Session s) {
      return type == PartyType.ACCOUNT
          ? s.account(account())
          : s.tx.accounts().findByEmail(email()).orElse(null);
    }
  }
}
