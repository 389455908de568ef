package dev.orgd.core.service;

import static dev.orgd.core.service.World.account;
import static dev.orgd.core.service.World.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.core.error.ConstraintViolationReason;
import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.HandshakeConstraintReason;
import dev.orgd.core.error.InvalidInputReason;
import dev.orgd.core.error.Reason;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.ActionType;
import dev.orgd.core.model.FeatureSet;
import dev.orgd.core.model.Handshake;
import dev.orgd.core.model.HandshakeResource;
import dev.orgd.core.model.HandshakeResourceType;
import dev.orgd.core.model.HandshakeState;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.PartyType;
import dev.orgd.core.model.ResponsibilityTransfer;
import dev.orgd.core.model.ResponsibilityTransferId;
import dev.orgd.core.model.ResponsibilityTransferStatus;
import dev.orgd.core.model.Tag;
import dev.orgd.core.model.TransferType;
import dev.orgd.core.page.Page;
import dev.orgd.core.page.PageRequest;
import dev.orgd.core.service.ResponsibilityTransferService.TransferView;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Responsibility transfers in the domain: the test cases of
 * docs/research/responsibility-transfers.md section 11, with the clock at 2026-12-02T00:00Z. A
 * sends (and will pay), B receives, C is a third organization, M a member of B, X a standalone
 * account.
 */
class ResponsibilityTransferTest {
  static final AccountId A = account(1);
  static final AccountId B = account(2);
  static final AccountId C = account(3);
  static final AccountId M = account(4);
  static final AccountId X = account(5);
  static final Instant NOW = Instant.parse("2026-12-02T00:00:00Z");
  static final Instant S = Instant.parse("2027-01-01T00:00:00Z");
  static final Instant END_OF_JANUARY = Instant.parse("2027-01-31T23:59:59.999Z");

  World w;
  ResponsibilityTransferService transfers;
  OrganizationId orgA;
  OrganizationId orgB;

  @BeforeEach
  void setUp() {
    w = new World();
    transfers = w.orgd.responsibilityTransfers();
    orgA = w.organization(A, FeatureSet.ALL);
    orgB = w.organization(B, FeatureSet.ALL);
    w.organization(C, FeatureSet.ALL);
    w.join(B, M);
    at(NOW);
  }

  void at(Instant instant) {
    w.orgd.control().set(instant, true);
  }

  Handshake invite(AccountId from, AccountId to, Instant start) {
    return transfers.invite(
        from, TransferType.BILLING, PartyType.ACCOUNT, to.value(), null, start, "t1", List.of());
  }

  Handshake invite() {
    return invite(A, B, S);
  }

  static ResponsibilityTransferId transferId(Handshake h) {
    return new ResponsibilityTransferId(
        h.resources().stream()
            .filter(r -> r.type() == HandshakeResourceType.RESPONSIBILITY_TRANSFER)
            .findFirst()
            .orElseThrow()
            .value());
  }

  ResponsibilityTransfer describe(AccountId caller, Handshake h) {
    return transfers.describe(caller, transferId(h)).transfer();
  }

  // --- the invitation -------------------------------------------------------------------------

  @Test
  void anInvitationIsAnOpenHandshakeWithItsTransferRequested() {
    Handshake h =
        transfers.invite(
            A,
            TransferType.BILLING,
            PartyType.ACCOUNT,
            B.value(),
            "please",
            S,
            "t1",
            List.of(new Tag("k", "v")));

    assertThat(h.action()).isEqualTo(ActionType.TRANSFER_RESPONSIBILITY);
    assertThat(h.state()).isEqualTo(HandshakeState.OPEN);
    assertThat(h.expiresAt()).isEqualTo(Instant.parse("2026-12-30T23:59:59.999Z"));
    assertThat(h.arn()).contains(":handshake/" + orgA + "/transfer_responsibility/h-");
    assertThat(h.parties().get(0).id()).isEqualTo(orgA.value());
    assertThat(h.parties().get(1).id()).isEqualTo(B.value());
    HandshakeResource transfer = h.resources().get(0);
    assertThat(transfer.type()).isEqualTo(HandshakeResourceType.RESPONSIBILITY_TRANSFER);
    assertThat(transfer.value()).matches("rt-[0-9a-z]{8}");
    assertThat(transfer.resources())
        .extracting(HandshakeResource::type, HandshakeResource::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(HandshakeResourceType.TRANSFER_TYPE, "BILLING"),
            org.assertj.core.groups.Tuple.tuple(
                HandshakeResourceType.TRANSFER_START_TIMESTAMP, "2027-01-01T00:00:00.000Z"));
    assertThat(h.resources())
        .extracting(HandshakeResource::type)
        .containsExactly(
            HandshakeResourceType.RESPONSIBILITY_TRANSFER,
            HandshakeResourceType.ORGANIZATION,
            HandshakeResourceType.ACCOUNT,
            HandshakeResourceType.NOTES);
    assertThat(h.resources().get(1).resources().get(0))
        .isEqualTo(HandshakeResource.of(HandshakeResourceType.MANAGEMENT_ACCOUNT, A.value()));

    ResponsibilityTransfer t = describe(A, h);
    assertThat(t.status()).isEqualTo(ResponsibilityTransferStatus.REQUESTED);
    assertThat(t.name()).isEqualTo("t1");
    assertThat(t.targetManagementAccount()).isEqualTo(A);
    assertThat(t.sourceManagementAccount()).isEqualTo(B);
    assertThat(t.startAt()).isEqualTo(S);
    assertThat(t.endAt()).isNull();
    assertThat(t.handshakeId()).isEqualTo(h.id());
    assertThat(t.tags()).containsExactly(new Tag("k", "v"));
  }

  @Test
  void anInvitationByEmailReachesTheManagementAccountOfThatEmail() {
    String email = w.orgd.organizations().describeAccount(B, B).account().email();
    Handshake h =
        transfers.invite(A, TransferType.BILLING, PartyType.EMAIL, email, null, S, "t1", List.of());

    assertThat(h.recipientAccount()).isEqualTo(B);
    assertThat(w.orgd.handshakes().accept(B, h.id()).state()).isEqualTo(HandshakeState.ACCEPTED);
  }

  /** (clock, start, expected reason or null for success). */
  static Stream<Arguments> startRules() {
    return Stream.of(
        Arguments.of(NOW, S, null),
        Arguments.of(
            NOW,
            Instant.parse("2027-01-15T00:00:00Z"),
            InvalidInputReason.START_DATE_NOT_BEGINNING_OF_MONTH),
        Arguments.of(
            NOW,
            Instant.parse("2027-01-01T00:00:00.001Z"),
            InvalidInputReason.START_DATE_NOT_BEGINNING_OF_DAY),
        Arguments.of(
            NOW,
            Instant.parse("2027-01-01T12:00:00Z"),
            InvalidInputReason.START_DATE_NOT_BEGINNING_OF_DAY),
        Arguments.of(
            NOW, Instant.parse("2026-12-01T00:00:00Z"), InvalidInputReason.START_DATE_TOO_EARLY),
        Arguments.of(
            Instant.parse("2026-12-31T00:00:00Z"), S, InvalidInputReason.START_DATE_TOO_EARLY),
        Arguments.of(Instant.parse("2026-12-30T23:59:59.999Z"), S, null),
        Arguments.of(NOW, Instant.parse("2027-12-01T00:00:00Z"), null),
        Arguments.of(
            NOW, Instant.parse("2028-01-01T00:00:00Z"), InvalidInputReason.START_DATE_TOO_LATE));
  }

  @ParameterizedTest(name = "at {0} start {1} -> {2}")
  @MethodSource("startRules")
  void theStartIsTheFirstOfAMonthBeforeTheDeadline(Instant now, Instant start, Reason reason) {
    at(now);
    if (reason == null) {
      assertThat(describe(A, invite(A, B, start)).startAt()).isEqualTo(start);
    } else {
      assertError(() -> invite(A, B, start), ErrorCode.INVALID_INPUT, reason);
    }
  }

  /** (caller, target type, target, expected code, expected reason or null). */
  static Stream<Arguments> inviteErrors() {
    return Stream.of(
        Arguments.of(X, PartyType.ACCOUNT, B.value(), ErrorCode.AWS_ORGANIZATIONS_NOT_IN_USE, null),
        Arguments.of(M, PartyType.ACCOUNT, C.value(), ErrorCode.ACCESS_DENIED, null),
        Arguments.of(
            A,
            PartyType.ORGANIZATION,
            "o-aa111bb222",
            ErrorCode.INVALID_INPUT,
            InvalidInputReason.INVALID_PARTY_TYPE_TARGET),
        Arguments.of(
            A,
            PartyType.ACCOUNT,
            "12345",
            ErrorCode.INVALID_INPUT,
            InvalidInputReason.INVALID_PATTERN),
        Arguments.of(
            A,
            PartyType.EMAIL,
            "not-an-email",
            ErrorCode.INVALID_INPUT,
            InvalidInputReason.INVALID_EMAIL_ADDRESS_TARGET),
        Arguments.of(
            A,
            PartyType.ACCOUNT,
            A.value(),
            ErrorCode.HANDSHAKE_CONSTRAINT_VIOLATION,
            HandshakeConstraintReason.SOURCE_AND_TARGET_CANNOT_MATCH),
        Arguments.of(
            A,
            PartyType.ACCOUNT,
            X.value(),
            ErrorCode.HANDSHAKE_CONSTRAINT_VIOLATION,
            HandshakeConstraintReason.TARGET_ACCOUNT_VALIDATION_FAILURE),
        Arguments.of(
            A,
            PartyType.ACCOUNT,
            M.value(),
            ErrorCode.HANDSHAKE_CONSTRAINT_VIOLATION,
            HandshakeConstraintReason.TARGET_ACCOUNT_VALIDATION_FAILURE),
        Arguments.of(
            A,
            PartyType.EMAIL,
            "nobody@example.com",
            ErrorCode.HANDSHAKE_CONSTRAINT_VIOLATION,
            HandshakeConstraintReason.TARGET_ACCOUNT_VALIDATION_FAILURE));
  }

  @ParameterizedTest(name = "{0} invites {1} {2} -> {3} {4}")
  @MethodSource("inviteErrors")
  void whoMayInviteWhom(
      AccountId caller, PartyType type, String target, ErrorCode code, Reason reason) {
    if (reason == null) {
      assertError(
          () ->
              transfers.invite(
                  caller, TransferType.BILLING, type, target, null, S, "t1", List.of()),
          code);
    } else {
      assertError(
          () ->
              transfers.invite(
                  caller, TransferType.BILLING, type, target, null, S, "t1", List.of()),
          code,
          reason);
    }
  }

  @Test
  void aSecondOpenInvitationToTheSameAccountIsADuplicate() {
    invite();
    assertError(this::invite, ErrorCode.DUPLICATE_HANDSHAKE);
  }

  @Test
  void anAcceptedTransferCannotBeInvitedAgainEitherWayRound() {
    w.orgd.handshakes().accept(B, invite().id());

    assertError(
        this::invite,
        ErrorCode.HANDSHAKE_CONSTRAINT_VIOLATION,
        HandshakeConstraintReason.RESPONSIBILITY_TRANSFER_ALREADY_EXISTS);
    assertError(
        () -> invite(B, A, S),
        ErrorCode.HANDSHAKE_CONSTRAINT_VIOLATION,
        HandshakeConstraintReason.RESPONSIBILITY_TRANSFER_ALREADY_EXISTS);
  }

  @Test
  void aTransferInvitationIsNotAnInvitationToJoin() {
    // Neither the account quota nor the enable-all-features process concern it (D19).
    invite();
    assertThat(w.invite(A, X).state()).isEqualTo(HandshakeState.OPEN);
  }

  // --- transitions ----------------------------------------------------------------------------

  enum Op {
    ACCEPT,
    DECLINE,
    CANCEL,
    TERMINATE,
    UPDATE
  }

  /** Brings a fresh invitation of A to B into {@code status}; returns its handshake. */
  Handshake bringTo(ResponsibilityTransferStatus status) {
    Handshake h = invite();
    switch (status) {
      case REQUESTED -> {}
      case ACCEPTED -> w.orgd.handshakes().accept(B, h.id());
      case DECLINED -> w.orgd.handshakes().decline(B, h.id());
      case CANCELED -> w.orgd.handshakes().cancel(A, h.id());
      case EXPIRED -> at(h.expiresAt().plusMillis(1));
      case WITHDRAWN -> {
        w.orgd.handshakes().accept(B, h.id());
        transfers.terminate(A, transferId(h), null);
      }
    }
    return h;
  }

  Object apply(Op op, Handshake h) {
    return switch (op) {
      case ACCEPT -> w.orgd.handshakes().accept(B, h.id()).state();
      case DECLINE -> w.orgd.handshakes().decline(B, h.id()).state();
      case CANCEL -> w.orgd.handshakes().cancel(A, h.id()).state();
      case TERMINATE -> transfers.terminate(A, transferId(h), null).transfer().status();
      case UPDATE -> transfers.update(B, transferId(h), "renamed").transfer().status();
    };
  }

  /** (status the transfer is brought to, operation, resulting transfer status or error). */
  static Stream<Arguments> transitions() {
    ResponsibilityTransferStatus requested = ResponsibilityTransferStatus.REQUESTED;
    ResponsibilityTransferStatus accepted = ResponsibilityTransferStatus.ACCEPTED;
    ResponsibilityTransferStatus declined = ResponsibilityTransferStatus.DECLINED;
    ResponsibilityTransferStatus canceled = ResponsibilityTransferStatus.CANCELED;
    ResponsibilityTransferStatus expired = ResponsibilityTransferStatus.EXPIRED;
    ResponsibilityTransferStatus withdrawn = ResponsibilityTransferStatus.WITHDRAWN;
    ErrorCode inState = ErrorCode.HANDSHAKE_ALREADY_IN_STATE;
    ErrorCode badHandshake = ErrorCode.INVALID_HANDSHAKE_TRANSITION;
    ErrorCode alreadyInStatus = ErrorCode.RESPONSIBILITY_TRANSFER_ALREADY_IN_STATUS;
    ErrorCode badTransfer = ErrorCode.INVALID_RESPONSIBILITY_TRANSFER_TRANSITION;
    Reason noUpdate = ConstraintViolationReason.TRANSFER_RESPONSIBILITY_UPDATE_NOT_ALLOWED;
    return Stream.of(
        Arguments.of(requested, Op.ACCEPT, accepted),
        Arguments.of(requested, Op.DECLINE, declined),
        Arguments.of(requested, Op.CANCEL, canceled),
        Arguments.of(requested, Op.TERMINATE, badTransfer),
        Arguments.of(requested, Op.UPDATE, requested),
        Arguments.of(accepted, Op.ACCEPT, inState),
        Arguments.of(accepted, Op.DECLINE, badHandshake),
        Arguments.of(accepted, Op.CANCEL, badHandshake),
        Arguments.of(accepted, Op.TERMINATE, withdrawn),
        Arguments.of(accepted, Op.UPDATE, accepted),
        Arguments.of(declined, Op.ACCEPT, badHandshake),
        Arguments.of(declined, Op.DECLINE, inState),
        Arguments.of(declined, Op.CANCEL, badHandshake),
        Arguments.of(declined, Op.TERMINATE, badTransfer),
        Arguments.of(declined, Op.UPDATE, noUpdate),
        Arguments.of(canceled, Op.ACCEPT, badHandshake),
        Arguments.of(canceled, Op.DECLINE, badHandshake),
        Arguments.of(canceled, Op.CANCEL, inState),
        Arguments.of(canceled, Op.TERMINATE, badTransfer),
        Arguments.of(canceled, Op.UPDATE, noUpdate),
        Arguments.of(expired, Op.ACCEPT, badHandshake),
        Arguments.of(expired, Op.DECLINE, badHandshake),
        Arguments.of(expired, Op.CANCEL, badHandshake),
        Arguments.of(expired, Op.TERMINATE, badTransfer),
        Arguments.of(expired, Op.UPDATE, noUpdate),
        Arguments.of(withdrawn, Op.ACCEPT, inState),
        Arguments.of(withdrawn, Op.DECLINE, badHandshake),
        Arguments.of(withdrawn, Op.CANCEL, badHandshake),
        Arguments.of(withdrawn, Op.TERMINATE, alreadyInStatus),
        Arguments.of(withdrawn, Op.UPDATE, noUpdate));
  }

  @ParameterizedTest(name = "{1} on {0} -> {2}")
  @MethodSource("transitions")
  void everyOperationFromEveryStatus(ResponsibilityTransferStatus from, Op op, Object expected) {
    Handshake h = bringTo(from);
    assertThat(describe(A, h).status()).isEqualTo(from);

    if (expected instanceof ErrorCode code) {
      assertError(() -> apply(op, h), code);
      assertThat(describe(B, h).status()).isEqualTo(from);
    } else if (expected instanceof ConstraintViolationReason reason) {
      assertError(() -> apply(op, h), ErrorCode.CONSTRAINT_VIOLATION, reason);
      assertThat(describe(B, h).status()).isEqualTo(from);
    } else {
      Object result = apply(op, h);
      assertThat(describe(A, h).status()).isEqualTo(expected);
      assertThat(describe(B, h).status()).isEqualTo(expected);
      if (op == Op.ACCEPT || op == Op.DECLINE || op == Op.CANCEL) {
        assertThat(result.toString()).isEqualTo(expected.toString());
      }
    }
  }

  @Test
  void onlyTheRecipientAnswersAndOnlyTheSenderCancels() {
    Handshake h = invite();
    assertError(() -> w.orgd.handshakes().accept(A, h.id()), ErrorCode.ACCESS_DENIED);
    assertError(() -> w.orgd.handshakes().decline(A, h.id()), ErrorCode.ACCESS_DENIED);
    assertError(() -> w.orgd.handshakes().cancel(B, h.id()), ErrorCode.ACCESS_DENIED);
    assertError(() -> w.orgd.handshakes().accept(M, h.id()), ErrorCode.HANDSHAKE_NOT_FOUND);
    assertError(() -> w.orgd.handshakes().describe(C, h.id()), ErrorCode.HANDSHAKE_NOT_FOUND);
    assertThat(w.orgd.handshakes().describe(B, h.id()).id()).isEqualTo(h.id());
  }

  @Test
  void anAcceptedTransferIsActiveFromItsStartUntilItsEnd() {
    Handshake h = bringTo(ResponsibilityTransferStatus.ACCEPTED);
    assertThat(describe(A, h).isActiveAt(NOW)).isFalse();

    at(S);
    ResponsibilityTransfer started = describe(B, h);
    assertThat(started.status()).isEqualTo(ResponsibilityTransferStatus.ACCEPTED);
    assertThat(started.isActiveAt(S)).isTrue();

    at(Instant.parse("2027-01-10T00:00:00Z"));
    ResponsibilityTransfer withdrawn =
        transfers.terminate(A, transferId(h), END_OF_JANUARY).transfer();
    assertThat(withdrawn.status()).isEqualTo(ResponsibilityTransferStatus.WITHDRAWN);
    assertThat(withdrawn.endAt()).isEqualTo(END_OF_JANUARY);
    assertThat(withdrawn.isActiveAt(END_OF_JANUARY)).isTrue();
    assertThat(withdrawn.isActiveAt(END_OF_JANUARY.plusMillis(1))).isFalse();
  }

  @Test
  void terminatingWithoutAnEndEndsTheTransferWithTheCurrentMonth() {
    Handshake h = bringTo(ResponsibilityTransferStatus.ACCEPTED);
    at(Instant.parse("2027-01-10T00:00:00Z"));
    assertThat(transfers.terminate(B, transferId(h), null).transfer().endAt())
        .isEqualTo(END_OF_JANUARY);
  }

  /** (clock, end, expected reason or null for success). */
  static Stream<Arguments> endRules() {
    Instant jan10 = Instant.parse("2027-01-10T00:00:00Z");
    return Stream.of(
        Arguments.of(jan10, END_OF_JANUARY, null),
        Arguments.of(NOW, Instant.parse("2026-12-31T23:59:59.999Z"), null),
        Arguments.of(
            jan10,
            Instant.parse("2027-01-31T23:59:58.999Z"),
            InvalidInputReason.END_DATE_NOT_END_OF_MONTH),
        Arguments.of(
            jan10,
            Instant.parse("2027-01-30T23:59:59.999Z"),
            InvalidInputReason.END_DATE_NOT_END_OF_MONTH),
        Arguments.of(
            NOW, Instant.parse("2026-11-30T23:59:59.999Z"), InvalidInputReason.END_DATE_TOO_EARLY),
        Arguments.of(
            jan10,
            Instant.parse("2026-12-31T23:59:59.999Z"),
            InvalidInputReason.END_DATE_TOO_EARLY),
        Arguments.of(NOW, Instant.parse("2027-12-31T23:59:59.999Z"), null),
        Arguments.of(
            NOW, Instant.parse("2028-01-31T23:59:59.999Z"), InvalidInputReason.END_DATE_TOO_LATE));
  }

  @Test
  void anEndInWholeSecondsIsTheLastMillisecond() {
    // boto3 and the AWS CLI cannot send milliseconds.
    Handshake h = bringTo(ResponsibilityTransferStatus.ACCEPTED);
    at(Instant.parse("2027-01-10T00:00:00Z"));
    assertThat(
            transfers
                .terminate(A, transferId(h), Instant.parse("2027-01-31T23:59:59Z"))
                .transfer()
                .endAt())
        .isEqualTo(END_OF_JANUARY);
  }

  @ParameterizedTest(name = "at {0} end {1} -> {2}")
  @MethodSource("endRules")
  void theEndIsTheLastMillisecondOfAMonth(Instant now, Instant end, Reason reason) {
    Handshake h = bringTo(ResponsibilityTransferStatus.ACCEPTED);
    at(now);
    if (reason == null) {
      assertThat(transfers.terminate(A, transferId(h), end).transfer().endAt()).isEqualTo(end);
    } else {
      assertError(
          () -> transfers.terminate(A, transferId(h), end), ErrorCode.INVALID_INPUT, reason);
    }
  }

  @Test
  void anEndBeforeTheStartMeansTheTransferNeverBecomesActive() {
    Handshake h = bringTo(ResponsibilityTransferStatus.ACCEPTED);
    ResponsibilityTransfer t =
        transfers.terminate(A, transferId(h), Instant.parse("2026-12-31T23:59:59.999Z")).transfer();
    assertThat(t.isActiveAt(S)).isFalse();
  }

  @Test
  void theRecipientHasOneTransferAtATime() {
    Handshake first = invite(A, B, S);
    Handshake second = invite(C, B, S);
    w.orgd.handshakes().accept(B, first.id());

    assertError(
        () -> w.orgd.handshakes().accept(B, second.id()),
        ErrorCode.CONSTRAINT_VIOLATION,
        ConstraintViolationReason.RESPONSIBILITY_TRANSFER_MAX_OUTBOUND_QUOTA_VIOLATION);
    assertThat(w.orgd.handshakes().describe(B, second.id()).state()).isEqualTo(HandshakeState.OPEN);
  }

  @Test
  void aTransferThatEndsBeforeTheNextStartsLeavesRoom() {
    Handshake first = invite(A, B, S);
    Handshake second = invite(C, B, Instant.parse("2027-02-01T00:00:00Z"));
    w.orgd.handshakes().accept(B, first.id());
    transfers.terminate(B, transferId(first), END_OF_JANUARY);

    assertThat(w.orgd.handshakes().accept(B, second.id()).state())
        .isEqualTo(HandshakeState.ACCEPTED);
  }

  // --- visibility, lists ----------------------------------------------------------------------

  @Test
  void eachSideSeesTheTransferWithItsOwnArn() {
    Handshake h = invite();
    TransferView byA = transfers.describe(A, transferId(h));
    TransferView byB = transfers.describe(B, transferId(h));

    assertThat(byA.arn())
        .isEqualTo(
            "arn:aws:organizations::"
                + A
                + ":transfer/"
                + orgA
                + "/billing/inbound/"
                + transferId(h));
    assertThat(byB.arn())
        .isEqualTo(
            "arn:aws:organizations::"
                + B
                + ":transfer/"
                + orgB
                + "/billing/outbound/"
                + transferId(h));
    assertThat(byA.targetManagementEmail()).isNotBlank();
    assertError(
        () -> transfers.describe(C, transferId(h)), ErrorCode.RESPONSIBILITY_TRANSFER_NOT_FOUND);
    assertError(() -> transfers.describe(M, transferId(h)), ErrorCode.ACCESS_DENIED);
    assertError(() -> transfers.describe(X, transferId(h)), ErrorCode.AWS_ORGANIZATIONS_NOT_IN_USE);
    assertError(
        () -> transfers.describe(A, new ResponsibilityTransferId("rt-zzzzzzzz")),
        ErrorCode.RESPONSIBILITY_TRANSFER_NOT_FOUND);
    assertError(
        () -> transfers.update(C, transferId(h), "x"), ErrorCode.RESPONSIBILITY_TRANSFER_NOT_FOUND);
    assertError(() -> transfers.terminate(M, transferId(h), null), ErrorCode.ACCESS_DENIED);
  }

  @Test
  void theSenderListsItInboundAndTheRecipientOutbound() {
    Handshake h = invite();
    ResponsibilityTransferId id = transferId(h);

    assertThat(ids(transfers.listInbound(A, TransferType.BILLING, null, PageRequest.first())))
        .containsExactly(id);
    assertThat(ids(transfers.listOutbound(A, TransferType.BILLING, PageRequest.first()))).isEmpty();
    assertThat(ids(transfers.listOutbound(B, TransferType.BILLING, PageRequest.first())))
        .containsExactly(id);
    assertThat(ids(transfers.listInbound(B, TransferType.BILLING, null, PageRequest.first())))
        .isEmpty();
    assertThat(ids(transfers.listInbound(A, TransferType.BILLING, id, PageRequest.first())))
        .containsExactly(id);
    assertError(
        () -> transfers.listInbound(B, TransferType.BILLING, id, PageRequest.first()),
        ErrorCode.RESPONSIBILITY_TRANSFER_NOT_FOUND);
  }

  @Test
  void theHandshakeListsShowTheInvitationToBothSides() {
    Handshake h = invite();
    HandshakeFilter transfersOnly = new HandshakeFilter(ActionType.TRANSFER_RESPONSIBILITY, null);
    HandshakeFilter invitesOnly = new HandshakeFilter(ActionType.INVITE, null);

    assertThat(w.orgd.handshakes().listForAccount(B, transfersOnly, PageRequest.first()).items())
        .extracting(Handshake::id)
        .containsExactly(h.id());
    assertThat(w.orgd.handshakes().listForAccount(B, invitesOnly, PageRequest.first()).items())
        .isEmpty();
    assertThat(
            w.orgd.handshakes().listForOrganization(A, transfersOnly, PageRequest.first()).items())
        .extracting(Handshake::id)
        .containsExactly(h.id());
    assertThat(w.orgd.handshakes().listForAccount(C, transfersOnly, PageRequest.first()).items())
        .isEmpty();
  }

  @Test
  void listsPageNewestFirstWithTokensBoundToTheCaller() {
    List<ResponsibilityTransferId> sent = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      AccountId recipient = account(20 + i);
      w.organization(recipient, FeatureSet.ALL);
      sent.add(0, transferId(invite(A, recipient, S)));
    }

    List<ResponsibilityTransferId> seen = new ArrayList<>();
    String token = null;
    List<Integer> sizes = new ArrayList<>();
    do {
      Page<TransferView> page =
          transfers.listInbound(A, TransferType.BILLING, null, new PageRequest(2, token));
      sizes.add(page.items().size());
      seen.addAll(ids(page));
      token = page.nextToken();
      if (token != null) {
        String replay = token;
        assertThat(
                ids(
                    transfers.listInbound(
                        A, TransferType.BILLING, null, new PageRequest(2, replay))))
            .isEqualTo(
                ids(
                    transfers.listInbound(
                        A, TransferType.BILLING, null, new PageRequest(2, replay))));
        assertError(
            () -> transfers.listOutbound(A, TransferType.BILLING, new PageRequest(2, replay)),
            ErrorCode.INVALID_INPUT,
            InvalidInputReason.INVALID_NEXT_TOKEN);
      }
    } while (token != null);

    assertThat(seen).isEqualTo(sent);
    assertThat(sizes).containsExactly(2, 2, 1);
  }

  @Test
  void anEndedInvitationIsGoneThirtyDaysLater() {
    Handshake h = bringTo(ResponsibilityTransferStatus.DECLINED);
    at(NOW.plus(Duration.ofDays(30)));
    assertThat(describe(A, h).status()).isEqualTo(ResponsibilityTransferStatus.DECLINED);

    at(NOW.plus(Duration.ofDays(30)).plusMillis(1));
    assertError(() -> describe(A, h), ErrorCode.RESPONSIBILITY_TRANSFER_NOT_FOUND);
    assertThat(transfers.listOutbound(B, TransferType.BILLING, PageRequest.first()).items())
        .isEmpty();
  }

  @Test
  void anExpiredInvitationReadsExpiredOnBothSides() {
    Handshake h = bringTo(ResponsibilityTransferStatus.EXPIRED);
    assertThat(w.orgd.handshakes().describe(B, h.id()).state()).isEqualTo(HandshakeState.EXPIRED);
    assertThat(
            transfers
                .listOutbound(B, TransferType.BILLING, PageRequest.first())
                .items()
                .get(0)
                .transfer()
                .status())
        .isEqualTo(ResponsibilityTransferStatus.EXPIRED);
  }

  // --- deleting an organization ---------------------------------------------------------------

  /** (status of A's transfer to B, whether deleting either organization is refused). */
  static Stream<Arguments> deletion() {
    return Stream.of(
        Arguments.of(ResponsibilityTransferStatus.REQUESTED, true),
        Arguments.of(ResponsibilityTransferStatus.ACCEPTED, true),
        Arguments.of(ResponsibilityTransferStatus.WITHDRAWN, true),
        Arguments.of(ResponsibilityTransferStatus.DECLINED, false),
        Arguments.of(ResponsibilityTransferStatus.CANCELED, false),
        Arguments.of(ResponsibilityTransferStatus.EXPIRED, false));
  }

  @ParameterizedTest(name = "{0} -> refused: {1}")
  @MethodSource("deletion")
  void anOrganizationWithATransferInProgressCannotBeDeleted(
      ResponsibilityTransferStatus status, boolean refused) {
    bringTo(status);
    w.orgd.organizations().removeAccount(B, M);
    if (refused) {
      for (AccountId management : List.of(A, B)) {
        assertError(
            () -> w.orgd.organizations().deleteOrganization(management),
            ErrorCode.CONSTRAINT_VIOLATION,
            ConstraintViolationReason.ACTIVE_RESPONSIBILITY_TRANSFER_PROCESS);
      }
    } else {
      w.orgd.organizations().deleteOrganization(A);
      w.orgd.organizations().deleteOrganization(B);
    }
  }

  @Test
  void aWithdrawnTransferStopsBlockingDeletionAfterItsEnd() {
    Handshake h = bringTo(ResponsibilityTransferStatus.ACCEPTED);
    transfers.terminate(A, transferId(h), Instant.parse("2026-12-31T23:59:59.999Z"));
    at(Instant.parse("2027-01-01T00:00:00Z"));
    w.orgd.organizations().deleteOrganization(A);
  }

  @Test
  void membersAreRefusedBeforeTheTransferIsConsidered() {
    bringTo(ResponsibilityTransferStatus.ACCEPTED);
    assertError(
        () -> w.orgd.organizations().deleteOrganization(B), ErrorCode.ORGANIZATION_NOT_EMPTY);
  }

  private static List<ResponsibilityTransferId> ids(Page<TransferView> page) {
    return page.items().stream().map(v -> v.transfer().id()).toList();
  }
}
