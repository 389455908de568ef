package dev.orgd.core.store;

import static dev.orgd.core.store.StoreFixtures.T0;
import static dev.orgd.core.store.StoreFixtures.accountId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.orgd.core.model.DelegatedAdministrator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@link DelegatedAdministratorRepository} part of the store contract. */
public abstract class DelegatedAdministratorRepositoryContract extends StoreContractSupport {

  @Test
  void delegatedAdministratorsComeByAccountThenServicePrincipal() {
    write(
        tx -> {
          tx.delegatedAdministrators().save(registration(ORG_A, accountId(2), "ab.amazonaws.com"));
          tx.delegatedAdministrators().save(registration(ORG_A, accountId(2), "a.b.amazonaws.com"));
          tx.delegatedAdministrators().save(registration(ORG_A, accountId(2), "a-b.amazonaws.com"));
          tx.delegatedAdministrators().save(registration(ORG_A, accountId(1), "z.amazonaws.com"));
          tx.delegatedAdministrators().save(registration(ORG_B, accountId(1), "a.amazonaws.com"));
        });
    DelegatedAdministrator again =
        new DelegatedAdministrator(ORG_A, accountId(1), "z.amazonaws.com", T0.plusSeconds(9));
    write(tx -> tx.delegatedAdministrators().save(again));

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
          tx.delegatedAdministrators().save(registration(ORG_A, accountId(1), "a.amazonaws.com"));
          tx.delegatedAdministrators().save(registration(ORG_A, accountId(1), "b.amazonaws.com"));
          tx.delegatedAdministrators().save(registration(ORG_A, accountId(2), "a.amazonaws.com"));
        });

    write(tx -> tx.delegatedAdministrators().delete(ORG_A, accountId(1), "a.amazonaws.com"));
    write(tx -> tx.delegatedAdministrators().delete(ORG_A, accountId(1), "never.amazonaws.com"));
    write(tx -> tx.delegatedAdministrators().delete(ORG_A, accountId(2), "a.amazonaws.com"));

    assertThat(registrations(ORG_A))
        .containsExactly(registration(ORG_A, accountId(1), "b.amazonaws.com"));
    store.read(
        tx -> {
          assertThat(tx.delegatedAdministrators().isRegistered(ORG_A, accountId(1))).isTrue();
          assertThat(tx.delegatedAdministrators().isRegistered(ORG_A, accountId(2))).isFalse();
          assertThat(tx.delegatedAdministrators().find(ORG_A, accountId(1), "a.amazonaws.com"))
              .isEmpty();
          assertThat(tx.delegatedAdministrators().find(ORG_A, accountId(1), "b.amazonaws.com"))
              .contains(registration(ORG_A, accountId(1), "b.amazonaws.com"));
          return null;
        });
  }

  @Test
  void firstRegistrationOfEachAccountComesByAccountInPages() {
    write(
        tx -> {
          for (int account = 1; account <= 5; account++) {
            for (String service : List.of("x.amazonaws.com", "a.amazonaws.com")) {
              int seconds = service.startsWith("x") ? account : 10 + account;
              if (account != 4 || service.startsWith("x")) {
                tx.delegatedAdministrators()
                    .save(
                        new DelegatedAdministrator(
                            ORG_A, accountId(account), service, T0.plusSeconds(seconds)));
              }
            }
          }
          tx.delegatedAdministrators().save(registration(ORG_B, accountId(9), "a.amazonaws.com"));
        });

    List<DelegatedAdministrator> first =
        store.read(tx -> tx.delegatedAdministrators().firstOfEachAccount(ORG_A, null, null, 2));
    List<DelegatedAdministrator> next =
        store.read(
            tx -> tx.delegatedAdministrators().firstOfEachAccount(ORG_A, null, accountId(2), 10));
    List<DelegatedAdministrator> onlyA =
        store.read(
            tx ->
                tx.delegatedAdministrators()
                    .firstOfEachAccount(ORG_A, "a.amazonaws.com", accountId(2), 10));

    assertThat(first)
        .extracting(DelegatedAdministrator::accountId, DelegatedAdministrator::servicePrincipal)
        .containsExactly(
            tuple(accountId(1), "x.amazonaws.com"), tuple(accountId(2), "x.amazonaws.com"));
    assertThat(next)
        .extracting(DelegatedAdministrator::accountId)
        .containsExactly(accountId(3), accountId(4), accountId(5));
    assertThat(onlyA)
        .extracting(DelegatedAdministrator::accountId, DelegatedAdministrator::enabledAt)
        .containsExactly(
            tuple(accountId(3), T0.plusSeconds(13)), tuple(accountId(5), T0.plusSeconds(15)));
  }

  @Test
  void servicesOfAnAccountComeByPrincipalInPages() {
    write(
        tx -> {
          for (String service : List.of("c.amazonaws.com", "a.amazonaws.com", "b.amazonaws.com")) {
            tx.delegatedAdministrators().save(registration(ORG_A, accountId(1), service));
          }
          tx.delegatedAdministrators().save(registration(ORG_A, accountId(2), "a.amazonaws.com"));
        });

    List<DelegatedAdministrator> first =
        store.read(tx -> tx.delegatedAdministrators().ofAccount(ORG_A, accountId(1), null, 2));
    List<DelegatedAdministrator> rest =
        store.read(
            tx ->
                tx.delegatedAdministrators().ofAccount(ORG_A, accountId(1), "b.amazonaws.com", 2));

    assertThat(first)
        .extracting(DelegatedAdministrator::servicePrincipal)
        .containsExactly("a.amazonaws.com", "b.amazonaws.com");
    assertThat(rest)
        .extracting(DelegatedAdministrator::servicePrincipal)
        .containsExactly("c.amazonaws.com");
  }

  @Test
  void deleteAllOfAnOrganizationLeavesTheOthers() {
    write(
        tx -> {
          tx.delegatedAdministrators().save(registration(ORG_A, accountId(1), "a.amazonaws.com"));
          tx.delegatedAdministrators().save(registration(ORG_A, accountId(2), "a.amazonaws.com"));
          tx.delegatedAdministrators().save(registration(ORG_B, accountId(3), "a.amazonaws.com"));
        });

    write(tx -> tx.delegatedAdministrators().deleteAll(ORG_A));

    assertThat(registrations(ORG_A)).isEmpty();
    assertThat(registrations(ORG_B)).hasSize(1);
  }
}
