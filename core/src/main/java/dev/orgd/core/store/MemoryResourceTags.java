package dev.orgd.core.store;

import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.Tag;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The in-memory tags of roots (and later policies), by organization and resource id. */
final class MemoryResourceTags extends MemoryRepository implements ResourceTagRepository {

  /** The data, shared by every unit of work of one store. */
  static final class Table {
    final Map<OrganizationId, Map<String, List<Tag>>> byOrganization = new HashMap<>();
  }

  MemoryResourceTags(MemoryTables tables, Deque<Runnable> undo) {
    super(tables, undo);
  }

  private Table table() {
    return tables.resourceTags;
  }

  @Override
  public List<Tag> find(OrganizationId org, String resourceId) {
    return table().byOrganization.getOrDefault(org, Map.of()).getOrDefault(resourceId, List.of());
  }

  @Override
  public void save(OrganizationId org, String resourceId, List<Tag> tags) {
    writable();
    Map<String, List<Tag>> resources =
        table().byOrganization.computeIfAbsent(org, k -> new HashMap<>());
    List<Tag> old =
        tags.isEmpty()
            ? resources.remove(resourceId)
            : resources.put(resourceId, List.copyOf(tags));
    onUndo(() -> restore(resources, resourceId, old));
  }

  @Override
  public void deleteAll(OrganizationId org) {
    writable();
    Map<String, List<Tag>> old = table().byOrganization.remove(org);
    onUndo(() -> restore(table().byOrganization, org, old));
  }
}
