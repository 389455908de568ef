package dev.orgd.core.store;

import static dev.orgd.core.store.StoreFixtures.T0;
import static dev.orgd.core.store.StoreFixtures.accountId;
import static dev.orgd.core.store.StoreFixtures.handshakeId;
import static dev.orgd.core.store.StoreFixtures.member;
import static dev.orgd.core.store.StoreFixtures.orgId;
import static dev.orgd.core.store.StoreFixtures.organization;
import static dev.orgd.core.store.StoreFixtures.requestId;
import static dev.orgd.core.store.StoreFixtures.standalone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orgd.core.model.Account;
import dev.orgd.core.model.AccountStatus;
import dev.orgd.core.model.JoinedMethod;
import dev.orgd.core.model.Tag;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The {@link AccountRepository} part of the store contract. */
public abstract class AccountRepositoryContract extends StoreContractSupport {

  @Test
  void unknownKeysReadAsEmpty() {
    store.read(
        tx -> {
          assertThat(tx.accounts().find(accountId(1))).isEmpty();
          assertThat(tx.accounts().findByEmail("nobody@example.com")).isEmpty();
          assertThat(tx.accounts().members(ORG_A, null, 10)).isEmpty();
          assertThat(tx.accounts().countMembers(ORG_A)).isZero();
          assertThat(tx.organizations().find(ORG_A)).isEmpty();
          assertThat(tx.handshakes().find(handshakeId(1))).isEmpty();
          assertThat(tx.handshakes().list(HandshakeQuery.sentBy(ORG_A), null, 10)).isEmpty();
          assertThat(tx.handshakes().count(HandshakeQuery.all())).isZero();
          assertThat(tx.createAccountRequests().find(requestId(1))).isEmpty();
          assertThat(tx.createAccountRequests().list(ORG_A, Set.of(), null, 100)).isEmpty();
          assertThat(tx.delegatedAdministrators().firstOfEachAccount(ORG_A, null, null, 100))
              .isEmpty();
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
    write(tx -> tx.accounts().save(joined));
    write(tx -> tx.accounts().save(alone));

    assertThat(storedAccount(accountId(1))).contains(joined);
    assertThat(storedAccount(accountId(2))).contains(alone);
  }

  @Test
  void closureAndGovCloudPairingRoundTrip() {
    Account closed =
        member(accountId(1), ORG_A).closedAt(T0.plusMillis(456)).withGovCloudAccount(accountId(9));
    write(tx -> tx.accounts().save(closed));
    assertThat(storedAccount(accountId(1))).contains(closed);
  }

  @Test
  void closuresAreCountedFromAnInstantAndListedOldestFirstUpToAnInstant() {
    write(
        tx -> {
          tx.accounts().save(member(accountId(1), ORG_A).closedAt(T0.plusSeconds(30)));
          tx.accounts().save(member(accountId(2), ORG_A).closedAt(T0.plusSeconds(10)));
          tx.accounts().save(member(accountId(3), ORG_A).closedAt(T0.plusSeconds(20)));
          tx.accounts().save(member(accountId(4), ORG_A));
          tx.accounts().save(member(accountId(5), ORG_B).closedAt(T0.plusSeconds(10)));
          // Out of the organization: a closure no longer counts for it.
          tx.accounts().save(member(accountId(6), ORG_A).closedAt(T0.plusSeconds(15)).leaving());
        });
    store.read(
        tx -> {
          assertThat(tx.accounts().countClosuresSince(ORG_A, T0)).isEqualTo(3);
          assertThat(tx.accounts().countClosuresSince(ORG_A, T0.plusSeconds(20))).isEqualTo(2);
          assertThat(tx.accounts().countClosuresSince(ORG_A, T0.plusSeconds(31))).isZero();
          assertThat(tx.accounts().closedUntil(ORG_A, T0.plusSeconds(20), 10))
              .extracting(Account::id)
              .containsExactly(accountId(2), accountId(3));
          assertThat(tx.accounts().closedUntil(ORG_A, T0.plusSeconds(60), 2))
              .extracting(Account::id)
              .containsExactly(accountId(2), accountId(3));
          assertThat(tx.accounts().closedUntil(ORG_A, T0.plusSeconds(9), 10)).isEmpty();
          assertThat(tx.accounts().closedUntil(ORG_B, T0.plusSeconds(60), 10))
              .extracting(Account::id)
              .containsExactly(accountId(5));
          return null;
        });
    write(
        tx ->
            tx.accounts().save(member(accountId(2), ORG_A).closedAt(T0.plusSeconds(10)).leaving()));
    int closures = store.read(tx -> tx.accounts().countClosuresSince(ORG_A, T0));
    assertThat(closures).isEqualTo(2);
  }

  @Test
  void saveAccountReplacesTheAccount() {
    Account account = member(accountId(1), ORG_A);
    write(tx -> tx.accounts().save(account));
    Account renamed = account.withContact(account.email(), "renamed");
    write(tx -> tx.accounts().save(renamed));

    assertThat(storedAccount(accountId(1))).contains(renamed);
    assertThat(countAccounts(ORG_A)).isEqualTo(1);
  }

  @Test
  void accountByEmailMatchesTheNormalizedEmail() {
    Account account = standalone(accountId(1)); // its email is in mixed case
    write(tx -> tx.accounts().save(account));

    assertThat(accountWithEmail("member-000000000001@example.com")).contains(account);
  }

  @Test
  void accountByEmailFollowsAnEmailChange() {
    Account account = standalone(accountId(1));
    write(tx -> tx.accounts().save(account));
    write(tx -> tx.accounts().save(account.withContact("New.Address@Example.com", "n")));

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
          members.forEach(n -> tx.accounts().save(member(accountId(n), ORG_A)));
          tx.accounts().save(member(accountId(25), ORG_B));
          tx.accounts().save(standalone(accountId(35)));
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
          tx.accounts().save(member(accountId(1), ORG_A));
          tx.accounts().save(member(accountId(2), ORG_A));
        });
    write(tx -> tx.accounts().save(member(accountId(1), ORG_A).leaving()));
    write(tx -> tx.accounts().save(member(accountId(2), ORG_B)));

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
            tx.accounts().save(member(accountId(i), ORG_A));
          }
          tx.accounts().save(standalone(accountId(6)));
        });
    write(
        tx -> {
          tx.accounts().save(member(accountId(1), ORG_A).withContact("new@example.com", "renamed"));
          tx.accounts().save(member(accountId(2), ORG_A).leaving());
          tx.accounts().save(member(accountId(3), ORG_B));
          tx.accounts().save(member(accountId(6), ORG_B));
        });
    assertThatThrownBy(
            () ->
                write(
                    tx -> {
                      tx.accounts().save(member(accountId(4), ORG_A).leaving());
                      tx.accounts().save(member(accountId(7), ORG_A));
                      throw new IllegalStateException("rolled back");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(countAccounts(ORG_A)).isEqualTo(3);
    assertThat(countAccounts(ORG_B)).isEqualTo(2);
    assertThat(countAccounts(orgId(99))).isZero();
  }

  @Test
  void allAccountsMembersAndStandaloneComeByIdAPageAtATime() {
    write(
        tx -> {
          tx.organizations().save(organization(ORG_A, accountId(1)));
          tx.accounts().save(member(accountId(3), ORG_A));
          tx.accounts().save(standalone(accountId(2)));
          tx.accounts().save(member(accountId(1), ORG_A));
        });

    assertThat(store.<List<Account>>read(tx -> tx.accounts().all(null, 10)))
        .extracting(Account::id)
        .containsExactly(accountId(1), accountId(2), accountId(3));
    assertThat(store.<List<Account>>read(tx -> tx.accounts().all(accountId(1), 1)))
        .extracting(Account::id)
        .containsExactly(accountId(2));
  }
}
