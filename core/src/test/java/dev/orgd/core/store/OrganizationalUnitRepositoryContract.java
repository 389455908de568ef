package dev.orgd.core.store;

import static dev.orgd.core.store.StoreFixtures.accountId;
import static dev.orgd.core.store.StoreFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.core.model.Account;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.OrganizationalUnit;
import dev.orgd.core.model.OrganizationalUnitId;
import dev.orgd.core.model.Tag;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The {@link OrganizationalUnitRepository} part of the store contract, with the accounts' place in
 * the tree ({@link AccountRepository#inParent}).
 */
public abstract class OrganizationalUnitRepositoryContract extends StoreContractSupport {

  private static OrganizationalUnitId ouId(int n) {
    return new OrganizationalUnitId(String.format("ou-abcd-%08d", n));
  }

  private static OrganizationalUnit ou(
      int n, OrganizationId org, OrganizationalUnitId parent, String name) {
    return new OrganizationalUnit(ouId(n), org, parent, name, List.of());
  }

  @Test
  void anOrganizationalUnitRoundTripsWithItsTagsAndIsReplacedBySave() {
    OrganizationalUnit ou =
        new OrganizationalUnit(ouId(1), ORG_A, null, "Prod", List.of(new Tag("k", "v")));
    write(tx -> tx.organizationalUnits().save(ou));
    assertThat(stored(ouId(1))).contains(ou);

    write(tx -> tx.organizationalUnits().save(ou.named("Production")));
    assertThat(stored(ouId(1))).contains(ou.named("Production"));
    assertThat(count(ORG_A)).isEqualTo(1);
  }

  @Test
  void findByNameMatchesExactlyWithinOneParentOfOneOrganization() {
    write(
        tx -> {
          tx.organizationalUnits().save(ou(1, ORG_A, null, "Prod"));
          tx.organizationalUnits().save(ou(2, ORG_A, ouId(1), "Dev"));
          tx.organizationalUnits().save(ou(3, ORG_B, null, "Dev"));
        });
    store.read(
        tx -> {
          OrganizationalUnitRepository ous = tx.organizationalUnits();
          assertThat(ous.findByName(ORG_A, null, "Prod"))
              .map(OrganizationalUnit::id)
              .contains(ouId(1));
          assertThat(ous.findByName(ORG_A, null, "prod")).isEmpty();
          assertThat(ous.findByName(ORG_A, null, "Dev")).isEmpty();
          assertThat(ous.findByName(ORG_A, ouId(1), "Dev"))
              .map(OrganizationalUnit::id)
              .contains(ouId(2));
          assertThat(ous.findByName(ORG_B, null, "Dev"))
              .map(OrganizationalUnit::id)
              .contains(ouId(3));
          return null;
        });
  }

  @Test
  void childrenPageByIdUnderOneParent() {
    write(
        tx -> {
          for (int n : new int[] {5, 3, 1, 4, 2}) {
            tx.organizationalUnits().save(ou(n, ORG_A, null, "ou" + n));
          }
          tx.organizationalUnits().save(ou(6, ORG_A, ouId(1), "nested"));
          tx.organizationalUnits().save(ou(7, ORG_B, null, "other"));
        });
    store.read(
        tx -> {
          OrganizationalUnitRepository ous = tx.organizationalUnits();
          assertThat(ous.children(ORG_A, null, null, 3))
              .extracting(OrganizationalUnit::id)
              .containsExactly(ouId(1), ouId(2), ouId(3));
          assertThat(ous.children(ORG_A, null, ouId(3), 3))
              .extracting(OrganizationalUnit::id)
              .containsExactly(ouId(4), ouId(5));
          assertThat(ous.children(ORG_A, ouId(1), null, 3))
              .extracting(OrganizationalUnit::id)
              .containsExactly(ouId(6));
          assertThat(ous.children(ORG_A, ouId(2), null, 3)).isEmpty();
          assertThat(ous.count(ORG_A)).isEqualTo(6);
          assertThat(ous.count(ORG_B)).isEqualTo(1);
          return null;
        });
  }

  @Test
  void deleteAndDeleteAllRemoveOnlyTheirOrganizationalUnits() {
    write(
        tx -> {
          tx.organizationalUnits().save(ou(1, ORG_A, null, "a"));
          tx.organizationalUnits().save(ou(2, ORG_A, ouId(1), "b"));
          tx.organizationalUnits().save(ou(3, ORG_B, null, "c"));
        });

    write(tx -> tx.organizationalUnits().delete(ouId(2)));
    assertThat(stored(ouId(2))).isEmpty();
    List<OrganizationalUnit> children =
        store.read(tx -> tx.organizationalUnits().children(ORG_A, ouId(1), null, 5));
    assertThat(children).isEmpty();

    write(tx -> tx.organizationalUnits().deleteAll(ORG_A));
    assertThat(stored(ouId(1))).isEmpty();
    assertThat(count(ORG_A)).isZero();
    assertThat(stored(ouId(3))).isPresent();
  }

  @Test
  void aFailedUnitOfWorkLeavesNoOrganizationalUnitBehind() {
    try {
      write(
          tx -> {
            tx.organizationalUnits().save(ou(1, ORG_A, null, "a"));
            throw new IllegalStateException("boom");
          });
    } catch (IllegalStateException expected) {
      // rolled back
    }
    assertThat(stored(ouId(1))).isEmpty();
    assertThat(count(ORG_A)).isZero();
  }

  @Test
  void accountsPageByIdUnderTheirRootOrOrganizationalUnit() {
    write(
        tx -> {
          for (int n = 1; n <= 5; n++) {
            Account account = member(accountId(n), ORG_A);
            tx.accounts().save(n % 2 == 0 ? account.movedTo(ouId(1)) : account);
          }
          tx.accounts().save(member(accountId(9), ORG_B));
        });
    assertThat(inParent(ORG_A, null, null, 10))
        .containsExactly(accountId(1), accountId(3), accountId(5));
    assertThat(inParent(ORG_A, null, accountId(1), 1)).containsExactly(accountId(3));
    assertThat(inParent(ORG_A, ouId(1), null, 10)).containsExactly(accountId(2), accountId(4));
    assertThat(
            store.read(tx -> tx.accounts().find(accountId(2))).orElseThrow().organizationalUnitId())
        .isEqualTo(ouId(1));

    // A move is one save; leaving takes the account out of its OU.
    write(tx -> tx.accounts().save(tx.accounts().find(accountId(2)).orElseThrow().movedTo(null)));
    write(tx -> tx.accounts().save(tx.accounts().find(accountId(4)).orElseThrow().leaving()));
    assertThat(inParent(ORG_A, ouId(1), null, 10)).isEmpty();
    assertThat(inParent(ORG_A, null, null, 10))
        .containsExactly(accountId(1), accountId(2), accountId(3), accountId(5));
  }

  private Optional<OrganizationalUnit> stored(OrganizationalUnitId id) {
    return store.read(tx -> tx.organizationalUnits().find(id));
  }

  private int count(OrganizationId org) {
    return store.read(tx -> tx.organizationalUnits().count(org));
  }

  private List<AccountId> inParent(
      OrganizationId org, OrganizationalUnitId ou, AccountId after, int limit) {
    return store.read(tx -> tx.accounts().inParent(org, ou, after, limit)).stream()
        .map(Account::id)
        .toList();
  }
}
