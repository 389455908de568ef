package dev.orgd.core.service;

import static dev.orgd.core.service.World.account;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.FeatureSet;
import dev.orgd.core.model.Handshake;
import dev.orgd.core.model.HandshakeId;
import dev.orgd.core.model.HandshakeState;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every answer to an invitation from every state it can be in: the contract's section 5 table. */
class HandshakeStateMachineTest {
  static final AccountId MGMT = account(1);
  static final AccountId INVITEE = account(2);

  enum Answer {
    ACCEPT(INVITEE, (w, who, h) -> w.orgd.handshakes().accept(who, h)),
    DECLINE(INVITEE, (w, who, h) -> w.orgd.handshakes().decline(who, h)),
    CANCEL(MGMT, (w, who, h) -> w.orgd.handshakes().cancel(who, h));

    final AccountId by;
    final Call call;

    Answer(AccountId by, Call call) {
      this.by = by;
      this.call = call;
    }

    Handshake by(World w, AccountId who, HandshakeId id) {
      return call.apply(w, who, id);
    }

    Handshake apply(World w, HandshakeId id) {
      return call.apply(w, by, id);
    }
  }

  interface Call {
    Handshake apply(World w, AccountId caller, HandshakeId id);
  }

  /** (state the invitation is brought to, answer, resulting state or error). */
  static Stream<Arguments> table() {
    return Stream.of(
        Arguments.of(HandshakeState.OPEN, Answer.ACCEPT, HandshakeState.ACCEPTED),
        Arguments.of(HandshakeState.OPEN, Answer.DECLINE, HandshakeState.DECLINED),
        Arguments.of(HandshakeState.OPEN, Answer.CANCEL, HandshakeState.CANCELED),
        Arguments.of(HandshakeState.ACCEPTED, Answer.ACCEPT, ErrorCode.HANDSHAKE_ALREADY_IN_STATE),
        Arguments.of(
            HandshakeState.ACCEPTED, Answer.DECLINE, ErrorCode.INVALID_HANDSHAKE_TRANSITION),
        Arguments.of(
            HandshakeState.ACCEPTED, Answer.CANCEL, ErrorCode.INVALID_HANDSHAKE_TRANSITION),
        Arguments.of(
            HandshakeState.DECLINED, Answer.ACCEPT, ErrorCode.INVALID_HANDSHAKE_TRANSITION),
        Arguments.of(HandshakeState.DECLINED, Answer.DECLINE, ErrorCode.HANDSHAKE_ALREADY_IN_STATE),
        Arguments.of(
            HandshakeState.DECLINED, Answer.CANCEL, ErrorCode.INVALID_HANDSHAKE_TRANSITION),
        Arguments.of(
            HandshakeState.CANCELED, Answer.ACCEPT, ErrorCode.INVALID_HANDSHAKE_TRANSITION),
        Arguments.of(
            HandshakeState.CANCELED, Answer.DECLINE, ErrorCode.INVALID_HANDSHAKE_TRANSITION),
        Arguments.of(HandshakeState.CANCELED, Answer.CANCEL, ErrorCode.HANDSHAKE_ALREADY_IN_STATE),
        Arguments.of(HandshakeState.EXPIRED, Answer.ACCEPT, ErrorCode.INVALID_HANDSHAKE_TRANSITION),
        Arguments.of(
            HandshakeState.EXPIRED, Answer.DECLINE, ErrorCode.INVALID_HANDSHAKE_TRANSITION),
        Arguments.of(
            HandshakeState.EXPIRED, Answer.CANCEL, ErrorCode.INVALID_HANDSHAKE_TRANSITION));
  }

  @ParameterizedTest(name = "{1} on {0} -> {2}")
  @MethodSource("table")
  void answerFromState(HandshakeState from, Answer answer, Object expected) {
    World w = new World();
    w.organization(MGMT, FeatureSet.ALL);
    Handshake h = w.invite(MGMT, INVITEE);
    bringTo(w, h, from);
    if (expected instanceof HandshakeState state) {
      Handshake after = answer.apply(w, h.id());
      assertThat(after.state()).isEqualTo(state);
      assertThat(w.orgd.handshakes().describe(answer.by, h.id()).state()).isEqualTo(state);
    } else {
      World.assertError(() -> answer.apply(w, h.id()), (ErrorCode) expected);
      assertThat(w.orgd.handshakes().describe(MGMT, h.id()).state()).isEqualTo(from);
    }
  }

  private static void bringTo(World w, Handshake h, HandshakeState state) {
    switch (state) {
      case OPEN -> {}
      case ACCEPTED -> w.orgd.handshakes().accept(INVITEE, h.id());
      case DECLINED -> w.orgd.handshakes().decline(INVITEE, h.id());
      case CANCELED -> w.orgd.handshakes().cancel(MGMT, h.id());
      case EXPIRED -> w.advance(HandshakeService.INVITE_TTL.plusMillis(1));
      case REQUESTED -> throw new IllegalArgumentException("an invitation is never REQUESTED");
    }
  }

  @ParameterizedTest(name = "a failed {0} leaves nothing behind")
  @MethodSource("answers")
  void wrongPartyGetsAccessDenied(Answer answer) {
    World w = new World();
    w.organization(MGMT, FeatureSet.ALL);
    Handshake h = w.invite(MGMT, INVITEE);
    AccountId wrong = answer.by.equals(MGMT) ? INVITEE : MGMT;
    World.assertError(() -> answer.by(w, wrong, h.id()), ErrorCode.ACCESS_DENIED);
    assertThat(w.orgd.handshakes().describe(MGMT, h.id()).state()).isEqualTo(HandshakeState.OPEN);
  }

  static Stream<Answer> answers() {
    return Stream.of(Answer.values());
  }

  @ParameterizedTest(name = "{0} by a stranger: not found")
  @MethodSource("answers")
  void strangerCannotSeeTheHandshake(Answer answer) {
    World w = new World();
    w.organization(MGMT, FeatureSet.ALL);
    Handshake h = w.invite(MGMT, INVITEE);
    AccountId stranger = account(99);
    World.assertError(() -> answer.by(w, stranger, h.id()), ErrorCode.HANDSHAKE_NOT_FOUND);
    World.assertError(
        () -> w.orgd.handshakes().describe(stranger, h.id()), ErrorCode.HANDSHAKE_NOT_FOUND);
  }

  @org.junit.jupiter.api.Test
  void expiryIsExactAndDeletionFollowsThirtyDaysLater() {
    World w = new World();
    w.organization(MGMT, FeatureSet.ALL);
    Handshake h = w.invite(MGMT, INVITEE);
    assertThat(h.expiresAt()).isEqualTo(h.requestedAt().plus(Duration.ofDays(15)));
    w.advance(Duration.ofDays(15));
    assertThat(w.orgd.handshakes().describe(INVITEE, h.id()).state())
        .isEqualTo(HandshakeState.OPEN);
    w.advance(Duration.ofMillis(1));
    assertThat(w.orgd.handshakes().describe(INVITEE, h.id()).state())
        .isEqualTo(HandshakeState.EXPIRED);
    w.advance(Duration.ofDays(30).minusMillis(1));
    assertThat(w.orgd.handshakes().describe(INVITEE, h.id()).state())
        .isEqualTo(HandshakeState.EXPIRED);
    w.advance(Duration.ofMillis(1));
    World.assertError(
        () -> w.orgd.handshakes().describe(INVITEE, h.id()), ErrorCode.HANDSHAKE_NOT_FOUND);
  }

  @org.junit.jupiter.api.Test
  void acceptedHandshakeIsDeletedThirtyDaysAfterAcceptance() {
    World w = new World();
    w.organization(MGMT, FeatureSet.ALL);
    Handshake h = w.invite(MGMT, INVITEE);
    w.advance(Duration.ofDays(3));
    w.orgd.handshakes().accept(INVITEE, h.id());
    w.advance(Duration.ofDays(30));
    assertThat(w.orgd.handshakes().describe(MGMT, h.id()).state())
        .isEqualTo(HandshakeState.ACCEPTED);
    w.advance(Duration.ofMillis(1));
    World.assertError(
        () -> w.orgd.handshakes().describe(MGMT, h.id()), ErrorCode.HANDSHAKE_NOT_FOUND);
  }
}
