package dev.orgd.core.store;

import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.OrganizationalUnit;
import dev.orgd.core.model.OrganizationalUnitId;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** The in-memory OUs, indexed by organization and parent. */
final class MemoryOrganizationalUnits extends MemoryRepository
    implements OrganizationalUnitRepository {

  /** Where an OU sits: its organization and its parent (null: the root). */
  record ParentKey(OrganizationId org, OrganizationalUnitId parent) {}

  /** The data, shared by every unit of work of one store. */
  static final class Table {
    final Map<OrganizationalUnitId, OrganizationalUnit> byId = new HashMap<>();
    final Map<ParentKey, TreeMap<OrganizationalUnitId, OrganizationalUnit>> byParent =
        new HashMap<>();
    final Map<OrganizationId, Integer> counts = new HashMap<>();

    void put(OrganizationalUnit ou) {
      remove(ou.id());
      byId.put(ou.id(), ou);
      byParent
          .computeIfAbsent(new ParentKey(ou.organizationId(), ou.parentId()), k -> new TreeMap<>())
          .put(ou.id(), ou);
      counts.merge(ou.organizationId(), 1, Integer::sum);
    }

    void remove(OrganizationalUnitId id) {
      OrganizationalUnit old = byId.remove(id);
      if (old != null) {
        byParent.get(new ParentKey(old.organizationId(), old.parentId())).remove(id);
        counts.merge(old.organizationId(), -1, Integer::sum);
      }
    }
  }

  MemoryOrganizationalUnits(MemoryTables tables, Deque<Runnable> undo) {
    super(tables, undo);
  }

  private Table table() {
    return tables.organizationalUnits;
  }

  @Override
  public Optional<OrganizationalUnit> find(OrganizationalUnitId id) {
    return Optional.ofNullable(table().byId.get(id));
  }

  @Override
  public Optional<OrganizationalUnit> findByName(
      OrganizationId org, OrganizationalUnitId parent, String name) {
    TreeMap<OrganizationalUnitId, OrganizationalUnit> siblings =
        table().byParent.get(new ParentKey(org, parent));
    if (siblings == null) {
      return Optional.empty();
    }
    // At most 2,000 OUs per organization (the quota), so a scan of one parent's stays small.
    return siblings.values().stream().filter(ou -> ou.name().equals(name)).findFirst();
  }

  @Override
  public void save(OrganizationalUnit ou) {
    writable();
    Table table = table();
    saveUndoably(ou.id(), ou, table.byId.get(ou.id()), table::put, table::remove);
  }

  @Override
  public void delete(OrganizationalUnitId id) {
    writable();
    Table table = table();
    OrganizationalUnit old = table.byId.get(id);
    if (old != null) {
      table.remove(id);
      onUndo(() -> table.put(old));
    }
  }

  @Override
  public List<OrganizationalUnit> children(
      OrganizationId org, OrganizationalUnitId parent, OrganizationalUnitId after, int limit) {
    TreeMap<OrganizationalUnitId, OrganizationalUnit> children =
        table().byParent.get(new ParentKey(org, parent));
    if (children == null) {
      return List.of();
    }
    NavigableMap<OrganizationalUnitId, OrganizationalUnit> tail =
        after == null ? children : children.tailMap(after, false);
    return tail.values().stream().limit(limit).toList();
  }

  @Override
  public int count(OrganizationId org) {
    return table().counts.getOrDefault(org, 0);
  }

  @Override
  public void deleteAll(OrganizationId org) {
    writable();
    Table table = table();
    List<OrganizationalUnit> doomed = new ArrayList<>();
    for (OrganizationalUnit ou : table.byId.values()) {
      if (ou.organizationId().equals(org)) {
        doomed.add(ou);
      }
    }
    for (OrganizationalUnit ou : doomed) {
      table.remove(ou.id());
    }
    onUndo(() -> doomed.forEach(table::put));
  }
}
