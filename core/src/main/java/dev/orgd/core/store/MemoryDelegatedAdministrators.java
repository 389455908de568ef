package dev.orgd.core.store;

import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.DelegatedAdministrator;
import dev.orgd.core.model.OrganizationId;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The in-memory registrations of delegated administrators: per organization, by account, then by
 * service principal.
 */
final class MemoryDelegatedAdministrators extends MemoryRepository
    implements DelegatedAdministratorRepository {

  /** The data, shared by every unit of work of one store. */
  static final class Table {
    final Map<OrganizationId, TreeMap<AccountId, TreeMap<String, DelegatedAdministrator>>>
        byOrganization = new HashMap<>();

    void put(DelegatedAdministrator r) {
      byOrganization
          .computeIfAbsent(r.organizationId(), k -> new TreeMap<>())
          .computeIfAbsent(r.accountId(), k -> new TreeMap<>())
          .put(r.servicePrincipal(), r);
    }

    void remove(OrganizationId org, AccountId account, String servicePrincipal) {
      TreeMap<String, DelegatedAdministrator> services = servicesOf(org, account);
      if (services != null) {
        services.remove(servicePrincipal);
        if (services.isEmpty()) {
          byOrganization.get(org).remove(account);
        }
      }
    }

    TreeMap<String, DelegatedAdministrator> servicesOf(OrganizationId org, AccountId account) {
      TreeMap<AccountId, TreeMap<String, DelegatedAdministrator>> accounts =
          byOrganization.get(org);
      return accounts == null ? null : accounts.get(account);
    }
  }

  MemoryDelegatedAdministrators(MemoryTables tables, Deque<Runnable> undo) {
    super(tables, undo);
  }

  private Table table() {
    return tables.delegatedAdministrators;
  }

  @Override
  public Optional<DelegatedAdministrator> find(
      OrganizationId org, AccountId account, String servicePrincipal) {
    TreeMap<String, DelegatedAdministrator> services = table().servicesOf(org, account);
    return Optional.ofNullable(services == null ? null : services.get(servicePrincipal));
  }

  @Override
  public boolean isRegistered(OrganizationId org, AccountId account) {
    return table().servicesOf(org, account) != null;
  }

  @Override
  public List<DelegatedAdministrator> firstOfEachAccount(
      OrganizationId org, String servicePrincipal, AccountId after, int limit) {
    TreeMap<AccountId, TreeMap<String, DelegatedAdministrator>> accounts =
        table().byOrganization.get(org);
    if (accounts == null) {
      return List.of();
    }
    NavigableMap<AccountId, TreeMap<String, DelegatedAdministrator>> tail =
        after == null ? accounts : accounts.tailMap(after, false);
    List<DelegatedAdministrator> page = new ArrayList<>();
    for (TreeMap<String, DelegatedAdministrator> services : tail.values()) {
      if (page.size() == limit) {
        break;
      }
      DelegatedAdministrator first = null;
      for (DelegatedAdministrator r : services.values()) {
        boolean matches = servicePrincipal == null || servicePrincipal.equals(r.servicePrincipal());
        if (matches && (first == null || r.enabledAt().isBefore(first.enabledAt()))) {
          first = r;
        }
      }
      if (first != null) {
        page.add(first);
      }
    }
    return page;
  }

  @Override
  public List<DelegatedAdministrator> ofAccount(
      OrganizationId org, AccountId account, String after, int limit) {
    TreeMap<String, DelegatedAdministrator> services = table().servicesOf(org, account);
    if (services == null) {
      return List.of();
    }
    NavigableMap<String, DelegatedAdministrator> tail =
        after == null ? services : services.tailMap(after, false);
    return tail.values().stream().limit(limit).toList();
  }

  @Override
  public void save(DelegatedAdministrator registration) {
    writable();
    Optional<DelegatedAdministrator> old =
        find(
            registration.organizationId(),
            registration.accountId(),
            registration.servicePrincipal());
    table().put(registration);
    onUndo(
        () -> {
          table()
              .remove(
                  registration.organizationId(),
                  registration.accountId(),
                  registration.servicePrincipal());
          old.ifPresent(table()::put);
        });
  }

  @Override
  public void delete(OrganizationId org, AccountId account, String servicePrincipal) {
    writable();
    Optional<DelegatedAdministrator> old = find(org, account, servicePrincipal);
    table().remove(org, account, servicePrincipal);
    onUndo(() -> old.ifPresent(table()::put));
  }

  @Override
  public void deleteAll(OrganizationId org) {
    writable();
    TreeMap<AccountId, TreeMap<String, DelegatedAdministrator>> old =
        table().byOrganization.remove(org);
    if (old != null) {
      onUndo(() -> table().byOrganization.put(org, old));
    }
  }
}
