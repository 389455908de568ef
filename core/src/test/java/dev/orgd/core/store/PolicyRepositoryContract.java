package dev.orgd.core.store;

import static dev.orgd.core.store.StoreFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.core.model.EnabledPolicyType;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.Policy;
import dev.orgd.core.model.PolicyAttachment;
import dev.orgd.core.model.PolicyId;
import dev.orgd.core.model.PolicyTargetType;
import dev.orgd.core.policy.PolicyType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@link PolicyRepository}, {@link PolicyAttachmentRepository} and {@link
 * EnabledPolicyTypeRepository} part of the store contract.
 */
public abstract class PolicyRepositoryContract extends StoreContractSupport {
  private static final PolicyType SCP = PolicyType.SERVICE_CONTROL_POLICY;
  private static final PolicyType TAG = PolicyType.TAG_POLICY;

  private static Policy policy(
      OrganizationId org, String id, PolicyType type, String name, int at) {
    return new Policy(
        new PolicyId(id), org, type, name, "d", "{\"x\": 1}", T0.plusMillis(at), T0.plusMillis(at));
  }

  private static PolicyAttachment attachment(
      OrganizationId org, String policy, String target, PolicyType type, int at) {
    return new PolicyAttachment(
        org,
        new PolicyId(policy),
        target,
        target.startsWith("ou-") ? PolicyTargetType.ORGANIZATIONAL_UNIT : PolicyTargetType.ACCOUNT,
        type,
        T0.plusMillis(at));
  }

  @Test
  void policiesAreFoundByIdAndByNameWithinTheirTypeAndOrganization() {
    Policy p = policy(ORG_A, "p-aaaaaaaaaa", SCP, "Deny", 0);
    write(
        tx -> {
          tx.policies().save(p);
          tx.policies().save(policy(ORG_A, "p-bbbbbbbbbb", TAG, "Deny", 1));
          tx.policies().save(policy(ORG_B, "p-cccccccccc", SCP, "Deny", 2));
        });

    assertThat(find(ORG_A, p.id())).contains(p);
    assertThat(find(ORG_B, p.id())).isEmpty();
    assertThat(byName(ORG_A, SCP, "Deny")).contains(p);
    assertThat(byName(ORG_A, SCP, "deny")).isEmpty();
    assertThat(count(ORG_A, SCP)).isEqualTo(1);
    assertThat(count(ORG_A, TAG)).isEqualTo(1);
  }

  @Test
  void aSavedPolicyReplacesItsOldVersionAndItsNameAndDeletingFreesIt() {
    Policy p = policy(ORG_A, "p-aaaaaaaaaa", SCP, "Old", 0);
    write(tx -> tx.policies().save(p));
    Policy renamed = p.updated("New", "e", "{}", T0.plusSeconds(5));
    write(tx -> tx.policies().save(renamed));

    assertThat(find(ORG_A, p.id())).contains(renamed);
    assertThat(byName(ORG_A, SCP, "Old")).isEmpty();
    assertThat(byName(ORG_A, SCP, "New")).contains(renamed);

    write(tx -> tx.policies().delete(ORG_A, p.id()));
    assertThat(find(ORG_A, p.id())).isEmpty();
    assertThat(count(ORG_A, SCP)).isZero();
  }

  @Test
  void policiesListInCreationOrderOnePageAtATime() {
    write(
        tx -> {
          // Two at the same instant: the id breaks the tie.
          tx.policies().save(policy(ORG_A, "p-dddddddddd", SCP, "d", 3));
          tx.policies().save(policy(ORG_A, "p-cccccccccc", SCP, "c", 1));
          tx.policies().save(policy(ORG_A, "p-bbbbbbbbbb", SCP, "b", 1));
          tx.policies().save(policy(ORG_A, "p-aaaaaaaaaa", SCP, "a", 9));
          tx.policies().save(policy(ORG_A, "p-eeeeeeeeee", TAG, "e", 0));
        });

    List<String> seen = new ArrayList<>();
    OrderKey after = null;
    List<Policy> page;
    do {
      OrderKey from = after;
      page = store.read(tx -> tx.policies().list(ORG_A, SCP, from, 2));
      page.forEach(p -> seen.add(p.name()));
      after =
          page.isEmpty()
              ? null
              : new OrderKey(
                  page.get(page.size() - 1).createdAt(), page.get(page.size() - 1).id().value());
    } while (page.size() == 2);

    assertThat(seen).containsExactly("b", "c", "d", "a");
  }

  @Test
  void attachmentsListByTargetAndTypeAndByPolicyInAttachmentOrder() {
    write(
        tx -> {
          tx.policyAttachments().save(attachment(ORG_A, "p-bbbbbbbbbb", "111111111111", SCP, 2));
          tx.policyAttachments().save(attachment(ORG_A, "p-aaaaaaaaaa", "111111111111", SCP, 5));
          tx.policyAttachments().save(attachment(ORG_A, "p-cccccccccc", "111111111111", TAG, 1));
          tx.policyAttachments()
              .save(attachment(ORG_A, "p-bbbbbbbbbb", "ou-ab12-abcdefgh", SCP, 1));
          tx.policyAttachments().save(attachment(ORG_B, "p-bbbbbbbbbb", "222222222222", SCP, 0));
        });

    assertThat(ofTarget(ORG_A, "111111111111", SCP, null, 10))
        .extracting(a -> a.policyId().value())
        .containsExactly("p-bbbbbbbbbb", "p-aaaaaaaaaa");
    assertThat(
            ofTarget(
                ORG_A, "111111111111", SCP, new OrderKey(T0.plusMillis(2), "p-bbbbbbbbbb"), 10))
        .extracting(a -> a.policyId().value())
        .containsExactly("p-aaaaaaaaaa");
    assertThat(countOfTarget(ORG_A, "111111111111", SCP)).isEqualTo(2);
    assertThat(ofPolicy(ORG_A, new PolicyId("p-bbbbbbbbbb"), null, 1))
        .extracting(PolicyAttachment::targetId)
        .containsExactly("ou-ab12-abcdefgh");
    assertThat(
            ofPolicy(
                ORG_A,
                new PolicyId("p-bbbbbbbbbb"),
                new OrderKey(T0.plusMillis(1), "ou-ab12-abcdefgh"),
                5))
        .extracting(PolicyAttachment::targetId)
        .containsExactly("111111111111");
    assertThat(exists(ORG_A, new PolicyId("p-cccccccccc"), "111111111111")).isTrue();
    assertThat(isAttached(ORG_B, new PolicyId("p-aaaaaaaaaa"))).isFalse();
  }

  @Test
  void attachmentsAreDeletedOneByTargetByTypeOrAll() {
    write(
        tx -> {
          tx.policyAttachments().save(attachment(ORG_A, "p-aaaaaaaaaa", "111111111111", SCP, 0));
          tx.policyAttachments().save(attachment(ORG_A, "p-bbbbbbbbbb", "111111111111", TAG, 0));
          tx.policyAttachments()
              .save(attachment(ORG_A, "p-aaaaaaaaaa", "ou-ab12-abcdefgh", SCP, 0));
          tx.policyAttachments()
              .save(attachment(ORG_A, "p-bbbbbbbbbb", "ou-ab12-abcdefgh", TAG, 0));
          tx.policyAttachments().save(attachment(ORG_B, "p-aaaaaaaaaa", "222222222222", SCP, 0));
        });

    write(tx -> tx.policyAttachments().delete(ORG_A, new PolicyId("p-bbbbbbbbbb"), "111111111111"));
    assertThat(countOfTarget(ORG_A, "111111111111", TAG)).isZero();

    write(tx -> tx.policyAttachments().deleteOfTarget(ORG_A, "111111111111"));
    assertThat(countOfTarget(ORG_A, "111111111111", SCP)).isZero();

    write(tx -> tx.policyAttachments().deleteOfType(ORG_A, SCP));
    assertThat(isAttached(ORG_A, new PolicyId("p-aaaaaaaaaa"))).isFalse();
    assertThat(isAttached(ORG_A, new PolicyId("p-bbbbbbbbbb"))).isTrue();

    write(tx -> tx.policyAttachments().deleteAll(ORG_A));
    assertThat(isAttached(ORG_A, new PolicyId("p-bbbbbbbbbb"))).isFalse();
    assertThat(isAttached(ORG_B, new PolicyId("p-aaaaaaaaaa"))).isTrue();
  }

  @Test
  void enabledPolicyTypesComeInTheOrderOfTheEnumPerOrganization() {
    write(
        tx -> {
          tx.enabledPolicyTypes().save(new EnabledPolicyType(ORG_A, TAG, T0));
          tx.enabledPolicyTypes().save(new EnabledPolicyType(ORG_A, SCP, T0));
          tx.enabledPolicyTypes().save(new EnabledPolicyType(ORG_B, TAG, T0));
        });
    assertThat(types(ORG_A)).extracting(EnabledPolicyType::type).containsExactly(SCP, TAG);

    write(tx -> tx.enabledPolicyTypes().delete(ORG_A, SCP));
    assertThat(types(ORG_A)).extracting(EnabledPolicyType::type).containsExactly(TAG);

    write(tx -> tx.enabledPolicyTypes().deleteAll(ORG_A));
    assertThat(types(ORG_A)).isEmpty();
    assertThat(types(ORG_B)).hasSize(1);
  }

  @Test
  void aFailedUnitOfWorkLeavesPoliciesAsTheyWere() {
    write(tx -> tx.policies().save(policy(ORG_A, "p-aaaaaaaaaa", SCP, "a", 0)));
    try {
      store.write(
          WriteScope.NONE,
          tx -> {
            tx.policies().delete(ORG_A, new PolicyId("p-aaaaaaaaaa"));
            tx.policyAttachments().save(attachment(ORG_A, "p-aaaaaaaaaa", "111111111111", SCP, 0));
            tx.enabledPolicyTypes().save(new EnabledPolicyType(ORG_A, SCP, T0));
            throw new IllegalStateException("fail");
          });
    } catch (IllegalStateException expected) {
      // rolled back
    }
    assertThat(count(ORG_A, SCP)).isEqualTo(1);
    assertThat(countOfTarget(ORG_A, "111111111111", SCP)).isZero();
    assertThat(types(ORG_A)).isEmpty();
  }

  private java.util.Optional<Policy> find(OrganizationId o, PolicyId id) {
    return store.read(tx -> tx.policies().find(o, id));
  }

  private java.util.Optional<Policy> byName(OrganizationId o, PolicyType t, String name) {
    return store.read(tx -> tx.policies().findByName(o, t, name));
  }

  private int count(OrganizationId o, PolicyType t) {
    return store.read(tx -> tx.policies().count(o, t));
  }

  private List<PolicyAttachment> ofTarget(
      OrganizationId o, String target, PolicyType t, OrderKey after, int limit) {
    return store.read(tx -> tx.policyAttachments().ofTarget(o, target, t, after, limit));
  }

  private int countOfTarget(OrganizationId o, String target, PolicyType t) {
    return store.read(tx -> tx.policyAttachments().countOfTarget(o, target, t));
  }

  private List<PolicyAttachment> ofPolicy(OrganizationId o, PolicyId p, OrderKey after, int limit) {
    return store.read(tx -> tx.policyAttachments().ofPolicy(o, p, after, limit));
  }

  private boolean exists(OrganizationId o, PolicyId p, String target) {
    return store.read(tx -> tx.policyAttachments().exists(o, p, target));
  }

  private boolean isAttached(OrganizationId o, PolicyId p) {
    return store.read(tx -> tx.policyAttachments().isAttached(o, p));
  }

  private List<EnabledPolicyType> types(OrganizationId o) {
    return store.read(tx -> tx.enabledPolicyTypes().list(o));
  }
}
