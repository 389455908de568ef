package dev.orgd.core.store;

import dev.orgd.core.model.Organization;
import dev.orgd.core.model.OrganizationId;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

/** The in-memory organizations. */
final class MemoryOrganizations extends MemoryRepository implements OrganizationRepository {

  /** The data, shared by every unit of work of one store. */
  static final class Table {
    final NavigableMap<OrganizationId, Organization> byId = new TreeMap<>();
    final Map<OrganizationId, Long> policyVersions = new HashMap<>();
  }

  MemoryOrganizations(MemoryTables tables, Deque<Runnable> undo) {
    super(tables, undo);
  }

  private Table table() {
    return tables.organizations;
  }

  @Override
  public Optional<Organization> find(OrganizationId id) {
    return Optional.ofNullable(table().byId.get(id));
  }

  @Override
  public List<Organization> list(OrganizationId after, int limit) {
    NavigableMap<OrganizationId, Organization> tail =
        after == null ? table().byId : table().byId.tailMap(after, false);
    return tail.values().stream().limit(limit).toList();
  }

  @Override
  public void save(Organization organization) {
    writable();
    Organization old = table().byId.put(organization.id(), organization);
    onUndo(() -> restore(table().byId, organization.id(), old));
    if (!table().policyVersions.containsKey(organization.id())) {
      setPolicyVersion(organization.id(), firstPolicyVersion());
    }
  }

  /** A random start, far enough from overflow for any number of bumps. */
  static long firstPolicyVersion() {
    return ThreadLocalRandom.current().nextLong(1, 1L << 62);
  }

  @Override
  public long policyVersion(OrganizationId id) {
    Long version = table().policyVersions.get(id);
    return version == null ? 0 : version;
  }

  @Override
  public void bumpPolicyVersion(OrganizationId id) {
    writable();
    Long version = table().policyVersions.get(id);
    if (version != null && table().byId.containsKey(id)) {
      setPolicyVersion(id, version + 1);
    }
  }

  private void setPolicyVersion(OrganizationId id, long version) {
    Long old = table().policyVersions.put(id, version);
    onUndo(() -> restore(table().policyVersions, id, old));
  }

  @Override
  public void delete(OrganizationId id) {
    writable();
    Organization old = table().byId.remove(id);
    onUndo(() -> restore(table().byId, id, old));
    Long oldVersion = table().policyVersions.remove(id);
    onUndo(() -> restore(table().policyVersions, id, oldVersion));
  }
}
