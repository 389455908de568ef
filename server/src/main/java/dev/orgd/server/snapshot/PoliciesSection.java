package dev.orgd.server.snapshot;

import dev.orgd.core.model.Organization;
import dev.orgd.core.model.Policy;
import dev.orgd.core.policy.PolicyType;
import dev.orgd.core.store.OrderKey;
import dev.orgd.core.store.StoreTx;
import java.util.ArrayList;
import java.util.List;

/** Customer policies, each organization's by type, then in creation order. */
final class PoliciesSection implements SnapshotSection<Policy> {
  @Override
  public String name() {
    return "policies";
  }

  @Override
  public Class<Policy> rowType() {
    return Policy.class;
  }

  @Override
  public List<Policy> export(StoreTx tx) {
    List<Policy> all = new ArrayList<>();
    for (Organization org : OrganizationsSection.all(tx)) {
      all.addAll(of(tx, org));
    }
    return all;
  }

  @Override
  public void load(StoreTx tx, List<Policy> rows) {
    rows.forEach(tx.policies()::save);
  }

  /** Every customer policy of {@code org}, for the sections that hang off policies. */
  static List<Policy> of(StoreTx tx, Organization org) {
    List<Policy> all = new ArrayList<>();
    for (PolicyType type : PolicyType.values()) {
      all.addAll(
          Keysets.<Policy, OrderKey>drain(
              (after, limit) -> tx.policies().list(org.id(), type, after, limit),
              p -> new OrderKey(p.createdAt(), p.id().value())));
    }
    return all;
  }
}
