package dev.orgd.core.store;

import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.ResourcePolicy;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The in-memory resource policies, one per organization. */
final class MemoryResourcePolicies extends MemoryRepository implements ResourcePolicyRepository {

  /** The data, shared by every unit of work of one store. */
  static final class Table {
    final Map<OrganizationId, ResourcePolicy> byOrganization = new HashMap<>();
  }

  MemoryResourcePolicies(MemoryTables tables, Deque<Runnable> undo) {
    super(tables, undo);
  }

  private Table table() {
    return tables.resourcePolicies;
  }

  @Override
  public Optional<ResourcePolicy> find(OrganizationId org) {
    return Optional.ofNullable(table().byOrganization.get(org));
  }

  @Override
  public void save(ResourcePolicy policy) {
    writable();
    ResourcePolicy old = table().byOrganization.put(policy.organizationId(), policy);
    onUndo(() -> restore(policy.organizationId(), old));
  }

  @Override
  public void delete(OrganizationId org) {
    writable();
    ResourcePolicy old = table().byOrganization.remove(org);
    if (old != null) {
      onUndo(() -> restore(org, old));
    }
  }

  private void restore(OrganizationId org, ResourcePolicy old) {
    if (old == null) {
      table().byOrganization.remove(org);
    } else {
      table().byOrganization.put(org, old);
    }
  }
}
