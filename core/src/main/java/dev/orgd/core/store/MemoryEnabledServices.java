package dev.orgd.core.store;

import dev.orgd.core.model.EnabledService;
import dev.orgd.core.model.OrganizationId;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** The in-memory enabled services: per organization, by service principal. */
final class MemoryEnabledServices extends MemoryRepository implements EnabledServiceRepository {

  /** The data, shared by every unit of work of one store. */
  static final class Table {
    final Map<OrganizationId, TreeMap<String, EnabledService>> byOrganization = new HashMap<>();

    void put(EnabledService s) {
      byOrganization
          .computeIfAbsent(s.organizationId(), k -> new TreeMap<>())
          .put(s.servicePrincipal(), s);
    }

    void remove(OrganizationId org, String servicePrincipal) {
      TreeMap<String, EnabledService> services = byOrganization.get(org);
      if (services != null) {
        services.remove(servicePrincipal);
        if (services.isEmpty()) {
          byOrganization.remove(org);
        }
      }
    }
  }

  MemoryEnabledServices(MemoryTables tables, Deque<Runnable> undo) {
    super(tables, undo);
  }

  private Table table() {
    return tables.enabledServices;
  }

  @Override
  public Optional<EnabledService> find(OrganizationId org, String servicePrincipal) {
    TreeMap<String, EnabledService> services = table().byOrganization.get(org);
    return Optional.ofNullable(services == null ? null : services.get(servicePrincipal));
  }

  @Override
  public List<EnabledService> list(OrganizationId org, String after, int limit) {
    TreeMap<String, EnabledService> services = table().byOrganization.get(org);
    if (services == null) {
      return List.of();
    }
    NavigableMap<String, EnabledService> tail =
        after == null ? services : services.tailMap(after, false);
    return tail.values().stream().limit(limit).toList();
  }

  @Override
  public void save(EnabledService service) {
    writable();
    Optional<EnabledService> old = find(service.organizationId(), service.servicePrincipal());
    table().put(service);
    onUndo(
        () -> {
          table().remove(service.organizationId(), service.servicePrincipal());
          old.ifPresent(table()::put);
        });
  }

  @Override
  public void delete(OrganizationId org, String servicePrincipal) {
    writable();
    Optional<EnabledService> old = find(org, servicePrincipal);
    table().remove(org, servicePrincipal);
    onUndo(() -> old.ifPresent(table()::put));
  }

  @Override
  public void deleteAll(OrganizationId org) {
    writable();
    TreeMap<String, EnabledService> old = table().byOrganization.remove(org);
    if (old != null) {
      onUndo(() -> table().byOrganization.put(org, old));
    }
  }
}
