package dev.orgd.core.store;

import static dev.orgd.core.store.StoreFixtures.T0;
import static dev.orgd.core.store.StoreFixtures.accountId;
import static dev.orgd.core.store.StoreFixtures.handshakeId;
import static dev.orgd.core.store.StoreFixtures.invite;
import static dev.orgd.core.store.StoreFixtures.orgId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.ActionType;
import dev.orgd.core.model.Handshake;
import dev.orgd.core.model.HandshakeId;
import dev.orgd.core.model.HandshakeResource;
import dev.orgd.core.model.HandshakeResourceType;
import dev.orgd.core.model.HandshakeState;
import dev.orgd.core.model.Partition;
import dev.orgd.core.model.Party;
import dev.orgd.core.model.PartyType;
import dev.orgd.core.model.Tag;
import dev.orgd.core.store.StoreFixtures.HandshakeDraft;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@link HandshakeRepository} part of the store contract: order, keyset pages, queries, counts
 * and purge.
 */
public abstract class HandshakeRepositoryContract extends StoreContractSupport {

  // --- handshakes -------------------------------------------------------------------------------

  @Test
  void handshakeRoundTripsEveryField() {
    HandshakeResource nested =
        new HandshakeResource(
            HandshakeResourceType.ORGANIZATION,
            ORG_A.value(),
            List.of(
                HandshakeResource.of(HandshakeResourceType.MASTER_EMAIL, "mgmt@example.com"),
                new HandshakeResource(
                    HandshakeResourceType.NOTES,
                    "Notes: \"quoted\", \\slashed\\, new\nline, ünïcode ✓",
                    List.of(HandshakeResource.of(HandshakeResourceType.EMAIL, "")))));
    Handshake child =
        new Handshake(
            handshakeId(2),
            ORG_A,
            accountId(99),
            ActionType.ENABLE_ALL_FEATURES,
            HandshakeState.DECLINED,
            T0.plusMillis(1),
            T0.plus(Duration.ofDays(90)).plusMillis(2),
            T0.plusMillis(3),
            List.of(
                new Party(ORG_A.value(), PartyType.ORGANIZATION), new Party("x", PartyType.EMAIL)),
            List.of(nested, HandshakeResource.of(HandshakeResourceType.PARENT_HANDSHAKE, "h-1")),
            handshakeId(1),
            accountId(7),
            "someone@example.com",
            List.of(new Tag("k", "v"), new Tag("e", "")),
            77,
            Partition.AWS_US_GOV);
    Handshake parentless =
        new Handshake(
            handshakeId(1),
            ORG_A,
            accountId(99),
            ActionType.ENABLE_ALL_FEATURES,
            HandshakeState.REQUESTED,
            T0,
            T0.plus(Duration.ofDays(90)),
            T0,
            List.of(),
            List.of(),
            null,
            null,
            null,
            List.of(),
            76);
    write(
        tx -> {
          tx.handshakes().save(child);
          tx.handshakes().save(parentless);
        });

    assertThat(storedHandshake(child.id())).contains(child);
    assertThat(storedHandshake(parentless.id())).contains(parentless);
  }

  @Test
  void saveHandshakeReplacesIt() {
    Handshake open = saveNew(invite(handshakeId(1), ORG_A).to(accountId(2)));
    Handshake accepted = open.withState(HandshakeState.ACCEPTED, T0.plusSeconds(60));
    write(tx -> tx.handshakes().save(accepted));

    assertThat(storedHandshake(open.id())).contains(accepted);
    assertSelects(HandshakeQuery.sentBy(ORG_A), accepted);
    assertSelects(HandshakeQuery.sentBy(ORG_A).openAt(T0));
  }

  @Test
  void nextSequenceGrowsAcrossUnitsOfWork() {
    long first = store.write(tx -> tx.handshakes().nextSequence());
    List<Long> more =
        store.write(tx -> List.of(tx.handshakes().nextSequence(), tx.handshakes().nextSequence()));
    long last = store.write(tx -> tx.handshakes().nextSequence());

    assertThat(more.get(0)).isGreaterThan(first);
    assertThat(more.get(1)).isGreaterThan(more.get(0));
    assertThat(last).isGreaterThan(more.get(1));
  }

  @Test
  void listingIsNewestFirstAndBreaksTimestampTiesByReverseCreation() {
    Instant later = T0.plusSeconds(1);
    List<Handshake> created =
        createInOrder(
            invite(handshakeId(1), ORG_A).requestedAt(T0),
            invite(handshakeId(2), ORG_A).requestedAt(later),
            invite(handshakeId(3), ORG_A).requestedAt(T0),
            invite(handshakeId(4), ORG_A).requestedAt(later),
            invite(handshakeId(5), ORG_A).requestedAt(T0.minusMillis(1)),
            invite(handshakeId(6), ORG_A).requestedAt(T0));

    assertSelects(
        HandshakeQuery.sentBy(ORG_A),
        created.get(3),
        created.get(1),
        created.get(5),
        created.get(2),
        created.get(0),
        created.get(4));
  }

  @Test
  void cursorPagesGiveEveryHandshakeOnceAndStrictlyAfterTheCursor() {
    List<HandshakeDraft> drafts = new ArrayList<>();
    for (int i = 1; i <= 9; i++) {
      drafts.add(invite(handshakeId(i), ORG_A).requestedAt(T0.plusSeconds(i / 3)));
    }
    createInOrder(drafts.toArray(HandshakeDraft[]::new));
    List<Handshake> all = list(HandshakeQuery.sentBy(ORG_A), null, 100);

    for (int pageSize = 1; pageSize <= 4; pageSize++) {
      assertThat(pageThrough(HandshakeQuery.sentBy(ORG_A), pageSize)).isEqualTo(all);
    }
    Handshake middle = all.get(4);
    HandshakeCursor atMiddle = new HandshakeCursor(middle.requestedAt(), middle.sequence());
    assertThat(list(HandshakeQuery.sentBy(ORG_A), atMiddle, 100)).isEqualTo(all.subList(5, 9));
    HandshakeCursor between = new HandshakeCursor(T0.plusMillis(1500), 0);
    assertThat(list(HandshakeQuery.sentBy(ORG_A), between, 100))
        .extracting(Handshake::requestedAt)
        .allMatch(at -> at.isBefore(T0.plusMillis(1500)))
        .hasSize(5);
  }

  @Test
  void organizationQuerySelectsOnlyWhatThatOrganizationSent() {
    List<Handshake> h =
        createInOrder(
            invite(handshakeId(1), ORG_A).to(accountId(5)),
            invite(handshakeId(2), ORG_B).to(accountId(5)),
            invite(handshakeId(3), ORG_A).toEmail("x@example.com"));

    assertSelects(HandshakeQuery.sentBy(ORG_A), h.get(2), h.get(0));
    assertSelects(HandshakeQuery.sentBy(ORG_B), h.get(1));
    assertSelects(HandshakeQuery.sentBy(orgId(3)));
  }

  @Test
  void recipientQueryMatchesTheAccountOrTheEmail() {
    AccountId me = accountId(5);
    String myEmail = "me@example.com";
    List<Handshake> h =
        createInOrder(
            invite(handshakeId(1), ORG_A).to(me),
            invite(handshakeId(2), ORG_B).toEmail(myEmail),
            invite(handshakeId(3), ORG_A).to(accountId(6)),
            invite(handshakeId(4), ORG_B).to(me).toEmail(myEmail),
            invite(handshakeId(5), ORG_A).toEmail("other@example.com"),
            invite(handshakeId(6), ORG_A).to(me),
            invite(handshakeId(7), ORG_A).toEmail(myEmail));

    assertSelects(
        HandshakeQuery.receivedBy(me, myEmail), h.get(6), h.get(5), h.get(3), h.get(1), h.get(0));
    assertSelects(HandshakeQuery.receivedBy(me, null), h.get(5), h.get(3), h.get(0));
    assertSelects(HandshakeQuery.receivedBy(null, myEmail), h.get(6), h.get(3), h.get(1));
    assertSelects(
        HandshakeQuery.receivedBy(me, myEmail).withOrganization(ORG_B), h.get(3), h.get(1));
    assertThat(pageThrough(HandshakeQuery.receivedBy(me, myEmail), 1))
        .isEqualTo(list(HandshakeQuery.receivedBy(me, myEmail), null, 100));
    assertThat(pageThrough(HandshakeQuery.receivedBy(me, myEmail), 2))
        .isEqualTo(list(HandshakeQuery.receivedBy(me, myEmail), null, 100));
  }

  @Test
  void actionQueryNarrowsTheSelection() {
    List<Handshake> h =
        createInOrder(
            invite(handshakeId(1), ORG_A).to(accountId(5)),
            invite(handshakeId(2), ORG_A).action(ActionType.ENABLE_ALL_FEATURES),
            invite(handshakeId(3), ORG_A).action(ActionType.APPROVE_ALL_FEATURES),
            invite(handshakeId(4), ORG_B).to(accountId(5)),
            invite(handshakeId(5), ORG_A).to(accountId(6)));

    assertSelects(HandshakeQuery.sentBy(ORG_A).withAction(ActionType.INVITE), h.get(4), h.get(0));
    assertSelects(
        HandshakeQuery.sentBy(ORG_A).withAction(ActionType.APPROVE_ALL_FEATURES), h.get(2));
    assertSelects(HandshakeQuery.all().withAction(ActionType.INVITE), h.get(4), h.get(3), h.get(0));
    assertSelects(HandshakeQuery.sentBy(ORG_B).withAction(ActionType.ENABLE_ALL_FEATURES));
  }

  @Test
  void parentQuerySelectsTheChildrenAndTheApproval() {
    HandshakeId parent = handshakeId(1);
    List<Handshake> h =
        createInOrder(
            invite(parent, ORG_A).action(ActionType.ENABLE_ALL_FEATURES),
            invite(handshakeId(2), ORG_A)
                .action(ActionType.ENABLE_ALL_FEATURES)
                .parent(parent)
                .to(accountId(5)),
            invite(handshakeId(3), ORG_A)
                .action(ActionType.ENABLE_ALL_FEATURES)
                .parent(parent)
                .to(accountId(6)),
            invite(handshakeId(4), ORG_A).action(ActionType.ENABLE_ALL_FEATURES),
            invite(handshakeId(5), ORG_A)
                .action(ActionType.ENABLE_ALL_FEATURES)
                .parent(handshakeId(4))
                .to(accountId(5)),
            invite(handshakeId(6), ORG_A)
                .action(ActionType.APPROVE_ALL_FEATURES)
                .parent(parent)
                .to(accountId(99)));

    assertSelects(HandshakeQuery.all().withParent(parent), h.get(5), h.get(2), h.get(1));
    assertSelects(
        HandshakeQuery.sentBy(ORG_A).withParent(parent).withAction(ActionType.APPROVE_ALL_FEATURES),
        h.get(5));
    assertSelects(HandshakeQuery.receivedBy(accountId(5), null).withParent(parent), h.get(1));
  }

  @Test
  void openAtSelectsRequestedOrOpenHandshakesNotYetExpired() {
    Instant at = T0.plus(Duration.ofDays(10));
    List<Handshake> h =
        createInOrder(
            invite(handshakeId(1), ORG_A).lifetime(Duration.ofDays(15)),
            invite(handshakeId(2), ORG_A)
                .action(ActionType.ENABLE_ALL_FEATURES)
                .state(HandshakeState.REQUESTED, T0),
            invite(handshakeId(3), ORG_A).lifetime(Duration.ofDays(10)),
            invite(handshakeId(4), ORG_A).lifetime(Duration.ofDays(10).minusMillis(1)),
            invite(handshakeId(5), ORG_A).state(HandshakeState.ACCEPTED, T0.plusSeconds(1)),
            invite(handshakeId(6), ORG_A).state(HandshakeState.CANCELED, T0.plusSeconds(1)),
            invite(handshakeId(7), ORG_A).state(HandshakeState.EXPIRED, T0.plusSeconds(1)),
            invite(handshakeId(8), ORG_B));

    assertSelects(HandshakeQuery.sentBy(ORG_A).openAt(at), h.get(2), h.get(1), h.get(0));
    assertSelects(HandshakeQuery.all().openAt(at), h.get(7), h.get(2), h.get(1), h.get(0));
  }

  @Test
  void requestedSinceSelectsRecentHandshakesExceptOneState() {
    Instant since = T0.minus(Duration.ofDays(1));
    List<Handshake> h =
        createInOrder(
            invite(handshakeId(1), ORG_A).requestedAt(since.minusMillis(1)),
            invite(handshakeId(2), ORG_A).requestedAt(since),
            invite(handshakeId(3), ORG_A)
                .requestedAt(since.plusSeconds(1))
                .state(HandshakeState.ACCEPTED, T0),
            invite(handshakeId(4), ORG_A)
                .requestedAt(T0)
                .state(HandshakeState.DECLINED, T0.plusSeconds(1)),
            invite(handshakeId(5), ORG_B).requestedAt(T0));

    assertSelects(
        HandshakeQuery.sentBy(ORG_A).requestedSince(since, HandshakeState.ACCEPTED),
        h.get(3),
        h.get(1));
    assertSelects(
        HandshakeQuery.sentBy(ORG_A).requestedSince(since, null), h.get(3), h.get(2), h.get(1));
    assertSelects(
        HandshakeQuery.sentBy(ORG_A).requestedSince(null, HandshakeState.DECLINED),
        h.get(2),
        h.get(1),
        h.get(0));
  }

  @Test
  void emptyQuerySelectsEveryHandshake() {
    List<Handshake> h =
        createInOrder(
            invite(handshakeId(1), ORG_A),
            invite(handshakeId(2), ORG_B).to(accountId(3)),
            invite(handshakeId(3), ORG_A).action(ActionType.ENABLE_ALL_FEATURES));

    assertSelects(HandshakeQuery.all(), h.get(2), h.get(1), h.get(0));
    assertThat(list(HandshakeQuery.all(), null, 2)).containsExactly(h.get(2), h.get(1));
  }

  @Test
  void purgeRemovesOnlyHandshakesWhoseRetentionEnded() {
    List<Handshake> h =
        createInOrder(
            invite(handshakeId(1), ORG_A).state(HandshakeState.ACCEPTED, T0),
            invite(handshakeId(2), ORG_A).lifetime(Duration.ofDays(15)),
            invite(handshakeId(3), ORG_A).state(HandshakeState.DECLINED, T0.plusSeconds(1)));
    Instant firstEnd = T0.plus(Handshake.RETENTION);

    assertThat(purge(firstEnd)).isZero();
    assertThat(purge(firstEnd.plusMillis(1))).isEqualTo(1);
    assertThat(storedHandshake(handshakeId(1))).isEmpty();
    assertSelects(HandshakeQuery.sentBy(ORG_A), h.get(2), h.get(1));

    Instant openEnd = T0.plus(Duration.ofDays(15)).plus(Handshake.RETENTION);
    assertThat(purge(openEnd.plusMillis(1))).isEqualTo(2);
    assertSelects(HandshakeQuery.all());
  }
}
