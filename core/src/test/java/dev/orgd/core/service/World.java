package dev.orgd.core.service;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.OrgdException;
import dev.orgd.core.error.Reason;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.FeatureSet;
import dev.orgd.core.model.Handshake;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.PartyType;
import dev.orgd.core.store.InMemoryStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** A domain on the in-memory store at a fixed instant, with helpers the domain tests share. */
final class World {
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00.123Z");

  final Orgd orgd;

  World() {
    this(Duration.ZERO);
  }

  /** A world where a closure reads PENDING_CLOSURE for {@code closeDelay}. */
  World(Duration closeDelay) {
    orgd =
        new Orgd(
            new InMemoryStore(),
            Clock.fixed(T0, ZoneOffset.UTC),
            IdSource.seeded(42),
            new ServicePrincipals(),
            closeDelay);
  }

  static AccountId account(int n) {
    return new AccountId(String.format("%012d", 100000000000L + n));
  }

  OrganizationId organization(AccountId management, FeatureSet featureSet) {
    return orgd.organizations().createOrganization(management, featureSet).organization().id();
  }

  Handshake invite(AccountId management, AccountId invitee) {
    return orgd.handshakes()
        .invite(management, PartyType.ACCOUNT, invitee.value(), null, List.of());
  }

  /** Invites and accepts: {@code member} joins {@code management}'s organization. */
  void join(AccountId management, AccountId member) {
    orgd.handshakes().accept(member, invite(management, member).id());
  }

  void advance(Duration by) {
    orgd.control().advance(by);
  }

  Instant now() {
    return orgd.control().clock().now();
  }

  static void assertError(ThrowingCallable call, ErrorCode code) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            OrgdException.class,
            e -> org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo(code));
  }

  static void assertError(ThrowingCallable call, ErrorCode code, Reason reason) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            OrgdException.class,
            e -> {
              org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo(code);
              org.assertj.core.api.Assertions.assertThat(e.reason()).isEqualTo(reason);
            });
  }
}
