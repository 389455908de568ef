package dev.orgd.core.store;

import static dev.orgd.core.store.StoreFixtures.accountId;
import static dev.orgd.core.store.StoreFixtures.createAccountStatus;
import static dev.orgd.core.store.StoreFixtures.member;
import static dev.orgd.core.store.StoreFixtures.organization;
import static dev.orgd.core.store.StoreFixtures.requestId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.core.model.FeatureSet;
import dev.orgd.core.model.Organization;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.Partition;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@link OrganizationRepository} part of the store contract. */
public abstract class OrganizationRepositoryContract extends StoreContractSupport {

  @Test
  void organizationRoundTripsAndIsReplacedBySave() {
    Organization org = organization(ORG_A, accountId(1));
    write(tx -> tx.organizations().save(org));
    assertThat(storedOrganization(ORG_A)).contains(org);

    Organization changed = org.withFeatureSet(FeatureSet.CONSOLIDATED_BILLING).withMaxAccounts(25);
    write(tx -> tx.organizations().save(changed));
    assertThat(storedOrganization(ORG_A)).contains(changed);
  }

  @Test
  void organizationKeepsItsPartition() {
    Organization org = organization(ORG_A, accountId(1));
    Organization inChina =
        new Organization(
            org.id(),
            org.managementAccountId(),
            org.featureSet(),
            org.rootId(),
            org.maxAccounts(),
            org.createdAt(),
            Partition.AWS_CN);
    write(tx -> tx.organizations().save(inChina));

    assertThat(storedOrganization(ORG_A)).contains(inChina);
    write(tx -> tx.organizations().save(inChina.withMaxAccounts(3)));
    assertThat(storedOrganization(ORG_A).orElseThrow().partition()).isEqualTo(Partition.AWS_CN);
  }

  @Test
  void deleteOrganizationDeletesOnlyTheOrganization() {
    // Cascades are domain rules (the reactions to OrganizationDeleted), not the store's.
    write(
        tx -> {
          tx.organizations().save(organization(ORG_A, accountId(1)));
          tx.organizations().save(organization(ORG_B, accountId(11)));
          tx.accounts().save(member(accountId(1), ORG_A));
          tx.createAccountRequests().save(createAccountStatus(requestId(1), ORG_A));
          tx.delegatedAdministrators().save(registration(ORG_A, accountId(2), "a.example"));
        });

    write(tx -> tx.organizations().delete(ORG_A));

    assertThat(storedOrganization(ORG_A)).isEmpty();
    assertThat(storedOrganization(ORG_B)).isPresent();
    assertThat(storedAccount(accountId(1))).isPresent();
    assertThat(storedStatus(requestId(1))).isPresent();
    assertThat(registrations(ORG_A)).hasSize(1);
  }

  @Test
  void allOrganizationsComeByIdAPageAtATime() {
    write(
        tx -> {
          tx.organizations().save(organization(ORG_B, accountId(11)));
          tx.organizations().save(organization(ORG_A, accountId(1)));
        });

    OrganizationId first = ORG_A.compareTo(ORG_B) < 0 ? ORG_A : ORG_B;
    OrganizationId second = first.equals(ORG_A) ? ORG_B : ORG_A;
    assertThat(store.<List<Organization>>read(tx -> tx.organizations().all(null, 10)))
        .extracting(Organization::id)
        .containsExactly(first, second);
    assertThat(store.<List<Organization>>read(tx -> tx.organizations().all(null, 1)))
        .extracting(Organization::id)
        .containsExactly(first);
    assertThat(store.<List<Organization>>read(tx -> tx.organizations().all(first, 10)))
        .extracting(Organization::id)
        .containsExactly(second);
  }
}
