package dev.orgd.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.ResourcePolicy;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The {@link ResourcePolicyRepository} part of the store contract. */
public abstract class ResourcePolicyRepositoryContract extends StoreContractSupport {
  private static final String CONTENT =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"ünï\",\"Effect\":\"Allow\"}]}"
          + " ".repeat(1000);

  @Test
  void onePolicyPerOrganizationRoundTripsAndIsReplaced() {
    ResourcePolicy a = new ResourcePolicy(ORG_A, "rp-abcd1234", CONTENT);
    write(
        tx -> {
          tx.resourcePolicies().save(a);
          tx.resourcePolicies().save(new ResourcePolicy(ORG_B, "rp-efgh5678", "{}"));
        });
    assertThat(policy(ORG_A)).contains(a);

    write(tx -> tx.resourcePolicies().save(a.withContent("{\"x\":1}")));
    assertThat(policy(ORG_A)).contains(new ResourcePolicy(ORG_A, "rp-abcd1234", "{\"x\":1}"));
    assertThat(policy(ORG_B).orElseThrow().id()).isEqualTo("rp-efgh5678");
  }

  @Test
  void deleteRemovesOnlyThatOrganizationsPolicy() {
    write(
        tx -> {
          tx.resourcePolicies().save(new ResourcePolicy(ORG_A, "rp-abcd1234", "{}"));
          tx.resourcePolicies().save(new ResourcePolicy(ORG_B, "rp-efgh5678", "{}"));
        });
    write(tx -> tx.resourcePolicies().delete(ORG_A));
    write(tx -> tx.resourcePolicies().delete(ORG_A)); // nothing left: no error
    assertThat(policy(ORG_A)).isEmpty();
    assertThat(policy(ORG_B)).isPresent();
  }

  private Optional<ResourcePolicy> policy(OrganizationId org) {
    return store.read(tx -> tx.resourcePolicies().find(org));
  }

  @Test
  void deleteAllForgetsPolicies() {
    write(tx -> tx.resourcePolicies().save(new ResourcePolicy(ORG_A, "rp-abcd1234", "{}")));
    write(StoreTx::deleteAll);
    assertThat(policy(ORG_A)).isEmpty();
  }
}
