package dev.orgd.core.store;

import dev.orgd.core.model.CreateAccountRequestId;
import dev.orgd.core.model.CreateAccountState;
import dev.orgd.core.model.CreateAccountStatus;
import dev.orgd.core.model.OrganizationId;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The in-memory create-account requests, filed newest first under their organization. */
final class MemoryCreateAccountRequests extends MemoryRepository
    implements CreateAccountRequestRepository {

  /** The data, shared by every unit of work of one store. */
  static final class Table {
    final Map<CreateAccountRequestId, CreateAccountStatus> byId = new HashMap<>();
    final Map<OrganizationId, TreeMap<CreateAccountRequestKey, CreateAccountStatus>>
        byOrganization = new HashMap<>();

    void put(CreateAccountStatus status) {
      remove(status.id());
      byId.put(status.id(), status);
      byOrganization
          .computeIfAbsent(
              status.organizationId(), k -> new TreeMap<>(CreateAccountRequestKey.NEWEST_FIRST))
          .put(CreateAccountRequestKey.of(status), status);
    }

    void remove(CreateAccountRequestId id) {
      CreateAccountStatus old = byId.remove(id);
      if (old != null) {
        byOrganization.get(old.organizationId()).remove(CreateAccountRequestKey.of(old));
      }
    }
  }

  MemoryCreateAccountRequests(MemoryTables tables, Deque<Runnable> undo) {
    super(tables, undo);
  }

  private Table table() {
    return tables.createAccountRequests;
  }

  @Override
  public Optional<CreateAccountStatus> find(CreateAccountRequestId id) {
    return Optional.ofNullable(table().byId.get(id));
  }

  @Override
  public void save(CreateAccountStatus status) {
    writable();
    Table table = table();
    saveUndoably(status.id(), status, table.byId.get(status.id()), table::put, table::remove);
  }

  @Override
  public List<CreateAccountStatus> list(
      OrganizationId org,
      Set<CreateAccountState> states,
      CreateAccountRequestKey after,
      int limit) {
    TreeMap<CreateAccountRequestKey, CreateAccountStatus> all = table().byOrganization.get(org);
    if (all == null) {
      return List.of();
    }
    NavigableMap<CreateAccountRequestKey, CreateAccountStatus> tail =
        after == null ? all : all.tailMap(after, false);
    List<CreateAccountStatus> page = new ArrayList<>(Math.min(limit, 64));
    for (CreateAccountStatus status : tail.values()) {
      if (page.size() == limit) {
        break;
      }
      if (states.isEmpty() || states.contains(status.state())) {
        page.add(status);
      }
    }
    return page;
  }

  @Override
  public void deleteAll(OrganizationId org) {
    writable();
    TreeMap<CreateAccountRequestKey, CreateAccountStatus> all = table().byOrganization.get(org);
    if (all == null) {
      return;
    }
    for (CreateAccountStatus status : List.copyOf(all.values())) {
      table().remove(status.id());
      onUndo(() -> table().put(status));
    }
  }
}
