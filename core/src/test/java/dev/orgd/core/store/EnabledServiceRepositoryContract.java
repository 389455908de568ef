package dev.orgd.core.store;

import static dev.orgd.core.store.StoreFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orgd.core.model.EnabledService;
import dev.orgd.core.model.OrganizationId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The {@link EnabledServiceRepository} part of the store contract. */
public abstract class EnabledServiceRepositoryContract extends StoreContractSupport {

  @Test
  void enabledServicesComeByPrincipalPerOrganization() {
    write(
        tx -> {
          tx.enabledServices().save(enabled(ORG_A, "ab.amazonaws.com"));
          tx.enabledServices().save(enabled(ORG_A, "a.b.amazonaws.com"));
          tx.enabledServices().save(enabled(ORG_A, "a-b.amazonaws.com"));
          tx.enabledServices().save(enabled(ORG_B, "a.amazonaws.com"));
        });

    assertThat(enabledOf(ORG_A))
        .containsExactly(
            enabled(ORG_A, "a-b.amazonaws.com"),
            enabled(ORG_A, "a.b.amazonaws.com"),
            enabled(ORG_A, "ab.amazonaws.com"));
    assertThat(enabledOf(ORG_B)).containsExactly(enabled(ORG_B, "a.amazonaws.com"));
  }

  @Test
  void pagesStartAfterTheGivenPrincipal() {
    write(
        tx -> {
          for (String p : List.of("d", "b", "a", "c", "e")) {
            tx.enabledServices().save(enabled(ORG_A, p + ".amazonaws.com"));
          }
        });

    List<String> seen = new ArrayList<>();
    String after = null;
    List<EnabledService> page;
    do {
      String from = after;
      page = store.read(tx -> tx.enabledServices().list(ORG_A, from, 2));
      page.forEach(s -> seen.add(s.servicePrincipal()));
      after = page.isEmpty() ? null : page.get(page.size() - 1).servicePrincipal();
    } while (page.size() == 2);

    assertThat(seen)
        .containsExactly(
            "a.amazonaws.com",
            "b.amazonaws.com",
            "c.amazonaws.com",
            "d.amazonaws.com",
            "e.amazonaws.com");
  }

  @Test
  void saveIsAnUpsertByOrganizationAndPrincipal() {
    write(tx -> tx.enabledServices().save(enabled(ORG_A, "a.amazonaws.com")));
    EnabledService later = new EnabledService(ORG_A, "a.amazonaws.com", T0.plusSeconds(9));
    write(tx -> tx.enabledServices().save(later));

    assertThat(found(ORG_A, "a.amazonaws.com")).contains(later);
    assertThat(enabledOf(ORG_A)).hasSize(1);
  }

  @Test
  void deleteRemovesOnePrincipalAndDeleteAllAnOrganizations() {
    write(
        tx -> {
          tx.enabledServices().save(enabled(ORG_A, "a.amazonaws.com"));
          tx.enabledServices().save(enabled(ORG_A, "b.amazonaws.com"));
          tx.enabledServices().save(enabled(ORG_B, "a.amazonaws.com"));
        });

    write(tx -> tx.enabledServices().delete(ORG_A, "a.amazonaws.com"));
    write(tx -> tx.enabledServices().delete(ORG_A, "never.amazonaws.com"));

    assertThat(found(ORG_A, "a.amazonaws.com")).isEmpty();
    assertThat(enabledOf(ORG_A)).containsExactly(enabled(ORG_A, "b.amazonaws.com"));

    write(tx -> tx.enabledServices().deleteAll(ORG_A));

    assertThat(enabledOf(ORG_A)).isEmpty();
    assertThat(enabledOf(ORG_B)).containsExactly(enabled(ORG_B, "a.amazonaws.com"));
  }

  @Test
  void aFailedUnitOfWorkLeavesEnabledServicesAsTheyWere() {
    write(tx -> tx.enabledServices().save(enabled(ORG_A, "a.amazonaws.com")));

    assertThatThrownBy(
            () ->
                store.write(
                    tx -> {
                      tx.enabledServices().save(enabled(ORG_A, "b.amazonaws.com"));
                      tx.enabledServices().delete(ORG_A, "a.amazonaws.com");
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");

    assertThat(enabledOf(ORG_A)).containsExactly(enabled(ORG_A, "a.amazonaws.com"));
  }

  @Test
  void deleteAllOfTheStoreForgetsEnabledServices() {
    write(tx -> tx.enabledServices().save(enabled(ORG_A, "a.amazonaws.com")));

    write(StoreTx::deleteAll);

    assertThat(enabledOf(ORG_A)).isEmpty();
  }

  @Test
  void readUnitRefusesToChangeEnabledServices() {
    assertThatThrownBy(
            () ->
                store.read(
                    tx -> {
                      tx.enabledServices().save(enabled(ORG_A, "a.amazonaws.com"));
                      return null;
                    }))
        .isInstanceOf(IllegalStateException.class);
  }

  private List<EnabledService> enabledOf(OrganizationId org) {
    return store.read(tx -> tx.enabledServices().list(org, null, 10));
  }

  private Optional<EnabledService> found(OrganizationId org, String principal) {
    return store.read(tx -> tx.enabledServices().find(org, principal));
  }

  private static EnabledService enabled(OrganizationId org, String principal) {
    return new EnabledService(org, principal, T0);
  }
}
