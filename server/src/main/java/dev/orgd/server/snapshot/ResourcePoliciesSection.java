package dev.orgd.server.snapshot;

import dev.orgd.core.model.Organization;
import dev.orgd.core.model.ResourcePolicy;
import dev.orgd.core.store.StoreTx;
import java.util.ArrayList;
import java.util.List;

/** Each organization's resource-based delegation policy (its tags are in resourceTags). */
final class ResourcePoliciesSection implements SnapshotSection<ResourcePolicy> {
  @Override
  public String name() {
    return "resourcePolicies";
  }

  @Override
  public Class<ResourcePolicy> rowType() {
    return ResourcePolicy.class;
  }

  @Override
  public List<ResourcePolicy> export(StoreTx tx) {
    List<ResourcePolicy> all = new ArrayList<>();
    for (Organization org : OrganizationsSection.all(tx)) {
      tx.resourcePolicies().find(org.id()).ifPresent(all::add);
    }
    return all;
  }

  @Override
  public void load(StoreTx tx, List<ResourcePolicy> rows) {
    rows.forEach(tx.resourcePolicies()::save);
  }
}
