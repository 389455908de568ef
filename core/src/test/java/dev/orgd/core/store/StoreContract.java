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
import dev.orgd.core.model.AccountStatus;
import dev.orgd.core.model.CreateAccountState;
import dev.orgd.core.model.CreateAccountStatus;
import dev.orgd.core.model.DelegatedAdministrator;
import dev.orgd.core.model.FeatureSet;
import dev.orgd.core.model.Handshake;
import dev.orgd.core.model.HandshakeState;
import dev.orgd.core.model.JoinedMethod;
import dev.orgd.core.model.Organization;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.Tag;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link Store} must show, run against each backend by extending this class and
 * implementing {@link #newStore()}. Each test gets a fresh, empty store and closes it afterwards.
 * The handshake tests come from {@link HandshakeStoreContract}.
 */
public abstract class StoreContract extends HandshakeStoreContract {

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

  @Test
  void countAccountsFollowsEveryJoinLeaveMoveAndRollback() {
    write(
        tx -> {
          for (int i = 1; i <= 5; i++) {
            tx.saveAccount(member(accountId(i), ORG_A));
          }
          tx.saveAccount(standalone(accountId(6)));
        });
    write(
        tx -> {
          tx.saveAccount(member(accountId(1), ORG_A).withContact("new@example.com", "renamed"));
          tx.saveAccount(member(accountId(2), ORG_A).leaving());
          tx.saveAccount(member(accountId(3), ORG_B));
          tx.saveAccount(member(accountId(6), ORG_B));
        });
    assertThatThrownBy(
            () ->
                write(
                    tx -> {
                      tx.saveAccount(member(accountId(4), ORG_A).leaving());
                      tx.saveAccount(member(accountId(7), ORG_A));
                      throw new IllegalStateException("rolled back");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(countAccounts(ORG_A)).isEqualTo(3);
    assertThat(countAccounts(ORG_B)).isEqualTo(2);
    assertThat(countAccounts(orgId(99))).isZero();
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
}
