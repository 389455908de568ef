package dev.orgd.core.store;

import static dev.orgd.core.store.StoreFixtures.accountId;
import static dev.orgd.core.store.StoreFixtures.createAccountStatus;
import static dev.orgd.core.store.StoreFixtures.member;
import static dev.orgd.core.store.StoreFixtures.orgId;
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
  void policyVersionStartsNonZeroChangesOnEveryBumpAndSurvivesSaves() {
    assertThat(policyVersion(ORG_A)).isZero();
    Organization org = organization(ORG_A, accountId(1));
    write(tx -> tx.organizations().save(org));
    long first = policyVersion(ORG_A);
    assertThat(first).isNotZero();

    write(tx -> tx.organizations().save(org.withMaxAccounts(25)));
    assertThat(policyVersion(ORG_A)).isEqualTo(first);
    write(tx -> tx.organizations().bumpPolicyVersion(ORG_A));
    long second = policyVersion(ORG_A);
    assertThat(second).isNotEqualTo(first);
    write(tx -> tx.organizations().bumpPolicyVersion(ORG_A));
    assertThat(policyVersion(ORG_A)).isNotIn(first, second);

    write(tx -> tx.organizations().bumpPolicyVersion(ORG_B)); // none: nothing happens
    assertThat(policyVersion(ORG_B)).isZero();
  }

  private long policyVersion(OrganizationId id) {
    Long version = store.read(tx -> tx.organizations().policyVersion(id));
    return version;
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
  void organizationsListByIdAPageAtATime() {
    write(
        tx -> {
          for (int n : new int[] {5, 3, 1, 4, 2}) {
            tx.organizations().save(organization(orgId(n), accountId(n)));
          }
        });

    List<OrganizationId> first = ids(null, 2);
    List<OrganizationId> second = ids(first.get(1), 2);
    List<OrganizationId> last = ids(second.get(1), 2);

    assertThat(first).containsExactly(orgId(1), orgId(2));
    assertThat(second).containsExactly(orgId(3), orgId(4));
    assertThat(last).containsExactly(orgId(5));
    assertThat(ids(orgId(5), 2)).isEmpty();
  }

  @Test
  void aDeletedOrganizationIsNotListed() {
    write(
        tx -> {
          tx.organizations().save(organization(ORG_A, accountId(1)));
          tx.organizations().save(organization(ORG_B, accountId(11)));
        });
    write(tx -> tx.organizations().delete(ORG_A));

    assertThat(ids(null, 10)).containsExactly(ORG_B);
  }

  private List<OrganizationId> ids(OrganizationId after, int limit) {
    return store.read(
        tx -> tx.organizations().list(after, limit).stream().map(Organization::id).toList());
  }
}
