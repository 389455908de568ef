package dev.orgd.core.store;

import dev.orgd.core.model.Organization;
import dev.orgd.core.model.OrganizationId;
import java.util.Deque;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** The in-memory organizations. */
final class MemoryOrganizations extends MemoryRepository implements OrganizationRepository {

  /** The data, shared by every unit of work of one store. */
  static final class Table {
    final NavigableMap<OrganizationId, Organization> byId = new TreeMap<>();
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
  }

  @Override
  public void delete(OrganizationId id) {
    writable();
    Organization old = table().byId.remove(id);
    onUndo(() -> restore(table().byId, id, old));
  }
}
