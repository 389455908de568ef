package dev.orgd.core.store;

import static dev.orgd.core.store.StoreFixtures.T0;
import static dev.orgd.core.store.StoreFixtures.accountId;
import static dev.orgd.core.store.StoreFixtures.createAccountStatus;
import static dev.orgd.core.store.StoreFixtures.handshakeId;
import static dev.orgd.core.store.StoreFixtures.invite;
import static dev.orgd.core.store.StoreFixtures.member;
import static dev.orgd.core.store.StoreFixtures.orgId;
import static dev.orgd.core.store.StoreFixtures.organization;
import static dev.orgd.core.store.StoreFixtures.requestId;
import static dev.orgd.core.store.StoreFixtures.standalone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orgd.core.error.OrgdException;
import dev.orgd.core.model.Account;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.AccountStatus;
import dev.orgd.core.model.ActionType;
import dev.orgd.core.model.CreateAccountRequestId;
import dev.orgd.core.model.CreateAccountState;
import dev.orgd.core.model.CreateAccountStatus;
import dev.orgd.core.model.DelegatedAdministrator;
import dev.orgd.core.model.FeatureSet;
import dev.orgd.core.model.Handshake;
import dev.orgd.core.model.HandshakeId;
import dev.orgd.core.model.HandshakeResource;
import dev.orgd.core.model.HandshakeResourceType;
import dev.orgd.core.model.HandshakeState;
import dev.orgd.core.model.JoinedMethod;
import dev.orgd.core.model.Organization;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.Party;
import dev.orgd.core.model.PartyType;
import dev.orgd.core.model.Tag;
import dev.orgd.core.store.StoreFixtures.HandshakeDraft;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link Store} must show, run against each backend by extending this class.
 * Each test gets a fresh, empty store from {@link #newStore()} and closes it afterwards.
 */
public abstract class StoreContract {

  private static final OrganizationId ORG_A = orgId(1);
  private static final OrganizationId ORG_B = orgId(2);

  /** The store under test. */
  protected Store store;

  /** A new, empty store of the backend under test. */
  protected abstract Store newStore();

  @BeforeEach
  void openStore() {
    store = newStore();
  }

  @AfterEach
  void closeStore() {
    if (store != null) {
      store.close();
    }
  }

  // --- units of work ----------------------------------------------------------------------------

  @Test
  void writeReturnsWhatTheWorkReturns() {
    String written = store.write(tx -> "done");
    int read = store.read(tx -> 42);

    assertThat(written).isEqualTo("done");
    assertThat(read).isEqualTo(42);
  }

  @Test
  void unitOfWorkReadsItsOwnWrites() {
    store.write(
        tx -> {
          Account account = member(accountId(1), ORG_A);
          tx.saveOrganization(organization(ORG_A, accountId(1)));
          tx.saveAccount(account);
          Handshake h = invite(handshakeId(1), ORG_A).to(accountId(2)).build(tx.nextSequence());
          tx.saveHandshake(h);
          tx.saveCreateAccountStatus(createAccountStatus(requestId(1), ORG_A));
          tx.saveDelegatedAdministrator(registration(ORG_A, accountId(1), "ssm.amazonaws.com"));
          tx.saveClockSetting(new ClockSetting(0, T0));

          assertThat(tx.organization(ORG_A)).isPresent();
          assertThat(tx.account(accountId(1))).contains(account);
          assertThat(tx.accountByEmail(Account.normalizeEmail(account.email()))).contains(account);
          assertThat(tx.accounts(ORG_A, null, 10)).containsExactly(account);
          assertThat(tx.countAccounts(ORG_A)).isEqualTo(1);
          assertThat(tx.handshake(h.id())).contains(h);
          assertThat(tx.handshakes(HandshakeQuery.sentBy(ORG_A), null, 10)).containsExactly(h);
          assertThat(tx.countHandshakes(HandshakeQuery.sentBy(ORG_A))).isEqualTo(1);
          assertThat(tx.createAccountStatuses(ORG_A)).hasSize(1);
          assertThat(tx.delegatedAdministrators(ORG_A)).hasSize(1);
          assertThat(tx.clockSetting()).isEqualTo(new ClockSetting(0, T0));
          return null;
        });
  }

  @Test
  void failedUnitOfWorkLeavesNoTrace() {
    Account before = member(accountId(1), ORG_A);
    Handshake kept = saveNew(invite(handshakeId(1), ORG_A).to(accountId(3)));
    store.write(
        tx -> {
          tx.saveOrganization(organization(ORG_A, accountId(1)));
          tx.saveAccount(before);
          tx.saveCreateAccountStatus(createAccountStatus(requestId(1), ORG_A));
          tx.saveDelegatedAdministrator(registration(ORG_A, accountId(1), "ssm.amazonaws.com"));
          return null;
        });
    IllegalStateException boom = new IllegalStateException("boom");

    assertThatThrownBy(
            () ->
                store.write(
                    tx -> {
                      tx.saveAccount(before.withContact("changed@example.com", "changed"));
                      tx.saveAccount(member(accountId(2), ORG_A));
                      tx.saveHandshake(kept.withState(HandshakeState.CANCELED, T0));
                      tx.saveHandshake(
                          invite(handshakeId(2), ORG_A).to(accountId(4)).build(tx.nextSequence()));
                      tx.saveCreateAccountStatus(createAccountStatus(requestId(2), ORG_A));
                      tx.saveClockSetting(new ClockSetting(5_000, null));
                      tx.deleteOrganization(ORG_A);
                      tx.purgeHandshakes(T0.plus(Duration.ofDays(400)));
                      throw boom;
                    }))
        .isSameAs(boom);

    store.read(
        tx -> {
          assertThat(tx.account(accountId(1))).contains(before);
          assertThat(tx.accountByEmail("changed@example.com")).isEmpty();
          assertThat(tx.account(accountId(2))).isEmpty();
          assertThat(tx.countAccounts(ORG_A)).isEqualTo(1);
          assertThat(tx.organization(ORG_A)).isPresent();
          assertThat(tx.handshake(kept.id())).contains(kept);
          assertThat(tx.handshake(handshakeId(2))).isEmpty();
          assertThat(tx.handshakes(HandshakeQuery.sentBy(ORG_A), null, 10)).containsExactly(kept);
          assertThat(tx.createAccountStatuses(ORG_A))
              .extracting(CreateAccountStatus::id)
              .containsExactly(requestId(1));
          assertThat(tx.delegatedAdministrators(ORG_A)).hasSize(1);
          assertThat(tx.clockSetting()).isEqualTo(ClockSetting.REAL_TIME);
          return null;
        });
  }

  @Test
  void domainErrorPassesThroughUnchangedAndRollsBack() {
    OrgdException notFound = OrgdException.handshakeNotFound();

    assertThatThrownBy(
            () ->
                store.write(
                    tx -> {
                      tx.saveAccount(standalone(accountId(1)));
                      throw notFound;
                    }))
        .isSameAs(notFound);

    assertThat(storedAccount(accountId(1))).isEmpty();
  }

  @Test
  void deleteAllIsRolledBackWithItsUnitOfWork() {
    store.write(
        tx -> {
          tx.saveAccount(standalone(accountId(1)));
          tx.saveClockSetting(new ClockSetting(1_000, null));
          return null;
        });

    assertThatThrownBy(
            () ->
                store.write(
                    tx -> {
                      tx.deleteAll();
                      tx.saveAccount(standalone(accountId(2)));
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");

    store.read(
        tx -> {
          assertThat(tx.account(accountId(1))).isPresent();
          assertThat(tx.account(accountId(2))).isEmpty();
          assertThat(tx.clockSetting()).isEqualTo(new ClockSetting(1_000, null));
          return null;
        });
  }

  @Test
  void readUnitRefusesWrites() {
    assertThatThrownBy(() -> store.read(tx -> tx.nextSequence()))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () ->
                store.read(
                    tx -> {
                      tx.saveAccount(standalone(accountId(1)));
                      return null;
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(storedAccount(accountId(1))).isEmpty();
  }

  // --- clock and secrets
  // --------------------------------------------------------------------------

  @Test
  void clockIsRealTimeUntilSet() {
    assertThat(clock()).isEqualTo(ClockSetting.REAL_TIME);
  }

  @Test
  void clockSettingPersistsAcrossUnitsOfWork() {
    for (ClockSetting setting :
        List.of(
            new ClockSetting(12_345, null),
            new ClockSetting(0, T0),
            new ClockSetting(-86_400_000L, T0.plusMillis(1)),
            ClockSetting.REAL_TIME)) {
      store.write(
          tx -> {
            tx.saveClockSetting(setting);
            return null;
          });
      assertThat(clock()).isEqualTo(setting);
    }
  }

  @Test
  void tokenKeyIsThirtyTwoRandomBytesThatStayTheSame() {
    byte[] first = store.read(StoreTx::tokenKey);
    first[0] ^= 1; // a caller scribbling on its copy changes nothing
    byte[] second = store.write(StoreTx::tokenKey);
    byte[] third = store.read(StoreTx::tokenKey);

    assertThat(second).hasSize(32).isNotEqualTo(new byte[32]).isEqualTo(third);
    first[0] ^= 1;
    assertThat(first).isEqualTo(second);
  }

  // --- accounts ---------------------------------------------------------------------------------

  @Test
  void unknownKeysReadAsEmpty() {
    store.read(
        tx -> {
          assertThat(tx.account(accountId(1))).isEmpty();
          assertThat(tx.accountByEmail("nobody@example.com")).isEmpty();
          assertThat(tx.accounts(ORG_A, null, 10)).isEmpty();
          assertThat(tx.countAccounts(ORG_A)).isZero();
          assertThat(tx.organization(ORG_A)).isEmpty();
          assertThat(tx.handshake(handshakeId(1))).isEmpty();
          assertThat(tx.handshakes(HandshakeQuery.sentBy(ORG_A), null, 10)).isEmpty();
          assertThat(tx.countHandshakes(HandshakeQuery.all())).isZero();
          assertThat(tx.createAccountStatus(requestId(1))).isEmpty();
          assertThat(tx.createAccountStatuses(ORG_A)).isEmpty();
          assertThat(tx.delegatedAdministrators(ORG_A)).isEmpty();
          return null;
        });
  }

  @Test
  void accountRoundTripsEveryField() {
    Account joined =
        new Account(
            accountId(1),
            "Ünïcode.User+tag@Example.com",
            "Name with 'quotes' and \"double\" \\ and ✓",
            ORG_A,
            JoinedMethod.CREATED,
            T0.plusMillis(123),
            AccountStatus.SUSPENDED,
            List.of(new Tag("k1", "v1"), new Tag("empty", ""), new Tag("ключ", "значение")));
    Account alone = standalone(accountId(2));
    write(tx -> tx.saveAccount(joined));
    write(tx -> tx.saveAccount(alone));

    assertThat(storedAccount(accountId(1))).contains(joined);
    assertThat(storedAccount(accountId(2))).contains(alone);
  }

  @Test
  void saveAccountReplacesTheAccount() {
    Account account = member(accountId(1), ORG_A);
    write(tx -> tx.saveAccount(account));
    Account renamed = account.withContact(account.email(), "renamed");
    write(tx -> tx.saveAccount(renamed));

    assertThat(storedAccount(accountId(1))).contains(renamed);
    assertThat(countAccounts(ORG_A)).isEqualTo(1);
  }

  @Test
  void accountByEmailMatchesTheNormalizedEmail() {
    Account account = standalone(accountId(1)); // its email is in mixed case
    write(tx -> tx.saveAccount(account));

    assertThat(accountWithEmail("member-000000000001@example.com")).contains(account);
  }

  @Test
  void accountByEmailFollowsAnEmailChange() {
    Account account = standalone(accountId(1));
    write(tx -> tx.saveAccount(account));
    write(tx -> tx.saveAccount(account.withContact("New.Address@Example.com", "n")));

    assertThat(accountWithEmail("member-000000000001@example.com")).isEmpty();
    assertThat(accountWithEmail("new.address@example.com"))
        .hasValueSatisfying(a -> assertThat(a.id()).isEqualTo(accountId(1)));
  }

  @Test
  void accountsOfAnOrganizationComeByIdInPages() {
    List<Integer> members = new ArrayList<>(List.of(10, 20, 30, 40, 50));
    Collections.shuffle(members, new Random(7));
    write(
        tx -> {
          members.forEach(n -> tx.saveAccount(member(accountId(n), ORG_A)));
          tx.saveAccount(member(accountId(25), ORG_B));
          tx.saveAccount(standalone(accountId(35)));
        });

    assertThat(accountIds(ORG_A, null, 10)).containsExactly(10, 20, 30, 40, 50);
    assertThat(accountIds(ORG_A, null, 2)).containsExactly(10, 20);
    assertThat(accountIds(ORG_A, accountId(20), 2)).containsExactly(30, 40);
    assertThat(accountIds(ORG_A, accountId(35), 10)).containsExactly(40, 50);
    assertThat(accountIds(ORG_A, accountId(50), 10)).isEmpty();
    assertThat(countAccounts(ORG_A)).isEqualTo(5);
    assertThat(countAccounts(ORG_B)).isEqualTo(1);
  }

  @Test
  void accountThatLeavesOrMovesIsListedWhereItNowBelongs() {
    write(
        tx -> {
          tx.saveAccount(member(accountId(1), ORG_A));
          tx.saveAccount(member(accountId(2), ORG_A));
        });
    write(tx -> tx.saveAccount(member(accountId(1), ORG_A).leaving()));
    write(tx -> tx.saveAccount(member(accountId(2), ORG_B)));

    assertThat(accountIds(ORG_A, null, 10)).isEmpty();
    assertThat(accountIds(ORG_B, null, 10)).containsExactly(2);
    assertThat(countAccounts(ORG_A)).isZero();
    assertThat(storedAccount(accountId(1)).orElseThrow().isStandalone()).isTrue();
  }

  // --- organizations ----------------------------------------------------------------------------

  @Test
  void organizationRoundTripsAndIsReplacedBySave() {
    Organization org = organization(ORG_A, accountId(1));
    write(tx -> tx.saveOrganization(org));
    assertThat(storedOrganization(ORG_A)).contains(org);

    Organization changed = org.withFeatureSet(FeatureSet.CONSOLIDATED_BILLING).withMaxAccounts(25);
    write(tx -> tx.saveOrganization(changed));
    assertThat(storedOrganization(ORG_A)).contains(changed);
  }

  @Test
  void deleteOrganizationTakesItsCreateAccountStatusesAndDelegatedAdministrators() {
    write(
        tx -> {
          for (OrganizationId org : List.of(ORG_A, ORG_B)) {
            int base = org.equals(ORG_A) ? 0 : 10;
            tx.saveOrganization(organization(org, accountId(base + 1)));
            tx.saveCreateAccountStatus(createAccountStatus(requestId(base + 1), org));
            tx.saveDelegatedAdministrator(registration(org, accountId(base + 2), "a.example"));
          }
        });

    write(tx -> tx.deleteOrganization(ORG_A));

    store.read(
        tx -> {
          assertThat(tx.organization(ORG_A)).isEmpty();
          assertThat(tx.createAccountStatus(requestId(1))).isEmpty();
          assertThat(tx.createAccountStatuses(ORG_A)).isEmpty();
          assertThat(tx.delegatedAdministrators(ORG_A)).isEmpty();
          assertThat(tx.organization(ORG_B)).isPresent();
          assertThat(tx.createAccountStatus(requestId(11))).isPresent();
          assertThat(tx.delegatedAdministrators(ORG_B)).hasSize(1);
          return null;
        });
  }

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
            77);
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
          tx.saveHandshake(child);
          tx.saveHandshake(parentless);
        });

    assertThat(storedHandshake(child.id())).contains(child);
    assertThat(storedHandshake(parentless.id())).contains(parentless);
  }

  @Test
  void saveHandshakeReplacesIt() {
    Handshake open = saveNew(invite(handshakeId(1), ORG_A).to(accountId(2)));
    Handshake accepted = open.withState(HandshakeState.ACCEPTED, T0.plusSeconds(60));
    write(tx -> tx.saveHandshake(accepted));

    assertThat(storedHandshake(open.id())).contains(accepted);
    assertSelects(HandshakeQuery.sentBy(ORG_A), accepted);
    assertSelects(HandshakeQuery.sentBy(ORG_A).openAt(T0));
  }

  @Test
  void nextSequenceGrowsAcrossUnitsOfWork() {
    long first = store.write(StoreTx::nextSequence);
    List<Long> more = store.write(tx -> List.of(tx.nextSequence(), tx.nextSequence()));
    long last = store.write(StoreTx::nextSequence);

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

  // --- create-account requests ------------------------------------------------------------------

  @Test
  void createAccountStatusRoundTripsAndIsReplacedBySave() {
    CreateAccountStatus started = createAccountStatus(requestId(1), ORG_A);
    write(tx -> tx.saveCreateAccountStatus(started));
    assertThat(storedStatus(requestId(1))).contains(started);

    CreateAccountStatus done =
        new CreateAccountStatus(
            requestId(1),
            ORG_A,
            "new account",
            CreateAccountState.SUCCEEDED,
            T0,
            T0.plusMillis(5),
            accountId(8),
            null);
    CreateAccountStatus failed =
        new CreateAccountStatus(
            requestId(2),
            ORG_A,
            "x",
            CreateAccountState.FAILED,
            T0,
            T0,
            null,
            "EMAIL_ALREADY_EXISTS");
    write(
        tx -> {
          tx.saveCreateAccountStatus(done);
          tx.saveCreateAccountStatus(failed);
        });
    assertThat(storedStatus(requestId(1))).contains(done);
    assertThat(storedStatus(requestId(2))).contains(failed);
  }

  @Test
  void createAccountStatusesOfAnOrganizationComeById() {
    write(
        tx -> {
          for (int n : List.of(3, 1, 2)) {
            tx.saveCreateAccountStatus(createAccountStatus(requestId(n), ORG_A));
          }
          tx.saveCreateAccountStatus(createAccountStatus(requestId(4), ORG_B));
        });

    assertThat(statuses(ORG_A))
        .extracting(CreateAccountStatus::id)
        .containsExactly(requestId(1), requestId(2), requestId(3));
  }

  // --- delegated administrators -----------------------------------------------------------------

  @Test
  void delegatedAdministratorsComeByAccountThenServicePrincipal() {
    write(
        tx -> {
          tx.saveDelegatedAdministrator(registration(ORG_A, accountId(2), "ab.amazonaws.com"));
          tx.saveDelegatedAdministrator(registration(ORG_A, accountId(2), "a.b.amazonaws.com"));
          tx.saveDelegatedAdministrator(registration(ORG_A, accountId(2), "a-b.amazonaws.com"));
          tx.saveDelegatedAdministrator(registration(ORG_A, accountId(1), "z.amazonaws.com"));
          tx.saveDelegatedAdministrator(registration(ORG_B, accountId(1), "a.amazonaws.com"));
        });
    DelegatedAdministrator again =
        new DelegatedAdministrator(ORG_A, accountId(1), "z.amazonaws.com", T0.plusSeconds(9));
    write(tx -> tx.saveDelegatedAdministrator(again));

    assertThat(registrations(ORG_A))
        .containsExactly(
            again,
            registration(ORG_A, accountId(2), "a-b.amazonaws.com"),
            registration(ORG_A, accountId(2), "a.b.amazonaws.com"),
            registration(ORG_A, accountId(2), "ab.amazonaws.com"));
  }

  @Test
  void deleteDelegatedAdministratorRemovesOneRegistration() {
    write(
        tx -> {
          tx.saveDelegatedAdministrator(registration(ORG_A, accountId(1), "a.amazonaws.com"));
          tx.saveDelegatedAdministrator(registration(ORG_A, accountId(1), "b.amazonaws.com"));
        });

    write(tx -> tx.deleteDelegatedAdministrator(ORG_A, accountId(1), "a.amazonaws.com"));
    write(tx -> tx.deleteDelegatedAdministrator(ORG_A, accountId(1), "never.amazonaws.com"));

    assertThat(registrations(ORG_A))
        .containsExactly(registration(ORG_A, accountId(1), "b.amazonaws.com"));
  }

  // --- everything -------------------------------------------------------------------------------

  @Test
  void deleteAllForgetsEverythingButTheTokenKey() {
    byte[] key = store.read(StoreTx::tokenKey);
    saveNew(invite(handshakeId(1), ORG_A).to(accountId(2)));
    write(
        tx -> {
          tx.saveOrganization(organization(ORG_A, accountId(1)));
          tx.saveAccount(member(accountId(1), ORG_A));
          tx.saveCreateAccountStatus(createAccountStatus(requestId(1), ORG_A));
          tx.saveDelegatedAdministrator(registration(ORG_A, accountId(1), "a.amazonaws.com"));
          tx.saveClockSetting(new ClockSetting(0, T0));
        });

    write(StoreTx::deleteAll);

    store.read(
        tx -> {
          assertThat(tx.organization(ORG_A)).isEmpty();
          assertThat(tx.account(accountId(1))).isEmpty();
          assertThat(tx.accountByEmail("member-000000000001@example.com")).isEmpty();
          assertThat(tx.accounts(ORG_A, null, 10)).isEmpty();
          assertThat(tx.handshake(handshakeId(1))).isEmpty();
          assertThat(tx.countHandshakes(HandshakeQuery.all())).isZero();
          assertThat(tx.createAccountStatuses(ORG_A)).isEmpty();
          assertThat(tx.delegatedAdministrators(ORG_A)).isEmpty();
          assertThat(tx.clockSetting()).isEqualTo(ClockSetting.REAL_TIME);
          assertThat(tx.tokenKey()).isEqualTo(key);
          return null;
        });
    Handshake again = saveNew(invite(handshakeId(1), ORG_A).to(accountId(2)));
    assertSelects(HandshakeQuery.sentBy(ORG_A), again);
  }

  // --- helpers ----------------------------------------------------------------------------------

  /** Runs {@code work} in a write unit that returns nothing. */
  protected void write(Consumer<StoreTx> work) {
    store.write(
        tx -> {
          work.accept(tx);
          return null;
        });
  }

  /** Creates one handshake in its own unit of work, with the next sequence. */
  protected Handshake saveNew(HandshakeDraft draft) {
    return store.write(
        tx -> {
          Handshake h = draft.build(tx.nextSequence());
          tx.saveHandshake(h);
          return h;
        });
  }

  /** Creates the handshakes in this order (by sequence) but saves them in a shuffled order. */
  private List<Handshake> createInOrder(HandshakeDraft... drafts) {
    List<Handshake> created =
        store.write(tx -> Arrays.stream(drafts).map(d -> d.build(tx.nextSequence())).toList());
    List<Handshake> shuffled = new ArrayList<>(created);
    Collections.shuffle(shuffled, new Random(42));
    write(tx -> shuffled.forEach(tx::saveHandshake));
    return created;
  }

  private List<Handshake> list(HandshakeQuery query, HandshakeCursor after, int limit) {
    return store.read(tx -> tx.handshakes(query, after, limit));
  }

  private List<Handshake> pageThrough(HandshakeQuery query, int pageSize) {
    List<Handshake> seen = new ArrayList<>();
    HandshakeCursor after = null;
    while (true) {
      List<Handshake> page = list(query, after, pageSize);
      assertThat(page.size()).isLessThanOrEqualTo(pageSize);
      seen.addAll(page);
      if (page.size() < pageSize) {
        return seen;
      }
      Handshake last = page.get(page.size() - 1);
      after = new HandshakeCursor(last.requestedAt(), last.sequence());
    }
  }

  /** The query lists exactly {@code expected}, in this order, and counts as many. */
  private void assertSelects(HandshakeQuery query, Handshake... expected) {
    assertThat(list(query, null, 100)).containsExactly(expected);
    assertThat(count(query)).isEqualTo(expected.length);
  }

  private List<Integer> accountIds(OrganizationId org, AccountId after, int limit) {
    return store.read(tx -> tx.accounts(org, after, limit)).stream()
        .map(a -> Integer.parseInt(a.id().value()))
        .toList();
  }

  private Optional<Account> storedAccount(AccountId id) {
    return store.read(tx -> tx.account(id));
  }

  private Optional<Account> accountWithEmail(String normalizedEmail) {
    return store.read(tx -> tx.accountByEmail(normalizedEmail));
  }

  private int countAccounts(OrganizationId org) {
    return store.read(tx -> tx.countAccounts(org));
  }

  private Optional<Organization> storedOrganization(OrganizationId id) {
    return store.read(tx -> tx.organization(id));
  }

  private Optional<Handshake> storedHandshake(HandshakeId id) {
    return store.read(tx -> tx.handshake(id));
  }

  private int count(HandshakeQuery query) {
    return store.read(tx -> tx.countHandshakes(query));
  }

  private int purge(Instant now) {
    return store.write(tx -> tx.purgeHandshakes(now));
  }

  private Optional<CreateAccountStatus> storedStatus(CreateAccountRequestId id) {
    return store.read(tx -> tx.createAccountStatus(id));
  }

  private List<CreateAccountStatus> statuses(OrganizationId org) {
    return store.read(tx -> tx.createAccountStatuses(org));
  }

  private List<DelegatedAdministrator> registrations(OrganizationId org) {
    return store.read(tx -> tx.delegatedAdministrators(org));
  }

  private ClockSetting clock() {
    return store.read(StoreTx::clockSetting);
  }

  private static DelegatedAdministrator registration(
      OrganizationId org, AccountId account, String principal) {
    return new DelegatedAdministrator(org, account, principal, T0);
  }
}
