package dev.orgd.core.store;

import dev.orgd.core.model.Account;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.OrganizationalUnitId;
import java.time.Instant;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** The in-memory accounts, indexed by normalized email and by organization. */
final class MemoryAccounts extends MemoryRepository implements AccountRepository {

  /** The data, shared by every unit of work of one store. */
  static final class Table {
    final Map<AccountId, Account> byId = new HashMap<>();
    final Map<String, AccountId> byEmail = new HashMap<>();
    final Map<OrganizationId, TreeMap<AccountId, Account>> members = new HashMap<>();
    final Map<MemoryOrganizationalUnits.ParentKey, TreeMap<AccountId, Account>> byParent =
        new HashMap<>();
    final Map<OrganizationId, TreeMap<ClosureKey, Account>> closures = new HashMap<>();

    void put(Account account) {
      remove(account.id());
      byId.put(account.id(), account);
      byEmail.put(Account.normalizeEmail(account.email()), account.id());
      if (account.organizationId() != null) {
        members
            .computeIfAbsent(account.organizationId(), k -> new TreeMap<>())
            .put(account.id(), account);
        byParent
            .computeIfAbsent(parentKey(account), k -> new TreeMap<>())
            .put(account.id(), account);
        if (account.closureRequestedAt() != null) {
          closures
              .computeIfAbsent(account.organizationId(), k -> new TreeMap<>())
              .put(ClosureKey.of(account), account);
        }
      }
    }

    void remove(AccountId id) {
      Account old = byId.remove(id);
      if (old != null) {
        byEmail.remove(Account.normalizeEmail(old.email()), old.id());
        if (old.organizationId() != null) {
          members.get(old.organizationId()).remove(old.id());
          byParent.get(parentKey(old)).remove(old.id());
          if (old.closureRequestedAt() != null) {
            closures.get(old.organizationId()).remove(ClosureKey.of(old));
          }
        }
      }
    }
  }

  /** A member's closure, ordered by when it was requested. */
  record ClosureKey(Instant requestedAt, AccountId id) implements Comparable<ClosureKey> {
    private static final Comparator<ClosureKey> ORDER =
        Comparator.comparing(ClosureKey::requestedAt).thenComparing(ClosureKey::id);

    static ClosureKey of(Account account) {
      return new ClosureKey(account.closureRequestedAt(), account.id());
    }

    @Override
    public int compareTo(ClosureKey other) {
      return ORDER.compare(this, other);
    }
  }

  private static MemoryOrganizationalUnits.ParentKey parentKey(Account account) {
    return new MemoryOrganizationalUnits.ParentKey(
        account.organizationId(), account.organizationalUnitId());
  }

  MemoryAccounts(MemoryTables tables, Deque<Runnable> undo) {
    super(tables, undo);
  }

  private Table table() {
    return tables.accounts;
  }

  @Override
  public Optional<Account> find(AccountId id) {
    return Optional.ofNullable(table().byId.get(id));
  }

  @Override
  public List<Account> all(AccountId after, int limit) {
    return table().byId.values().stream()
        .filter(a -> after == null || a.id().compareTo(after) > 0)
        .sorted(Comparator.comparing(Account::id))
        .limit(limit)
        .toList();
  }

  @Override
  public Optional<Account> findByEmail(String normalizedEmail) {
    return Optional.ofNullable(table().byEmail.get(normalizedEmail)).map(table().byId::get);
  }

  @Override
  public void save(Account account) {
    writable();
    Table table = table();
    saveUndoably(account.id(), account, table.byId.get(account.id()), table::put, table::remove);
  }

  @Override
  public List<Account> members(OrganizationId org, AccountId after, int limit) {
    TreeMap<AccountId, Account> members = table().members.get(org);
    if (members == null) {
      return List.of();
    }
    NavigableMap<AccountId, Account> tail = after == null ? members : members.tailMap(after, false);
    return tail.values().stream().limit(limit).toList();
  }

  @Override
  public List<Account> inParent(
      OrganizationId org, OrganizationalUnitId ou, AccountId after, int limit) {
    TreeMap<AccountId, Account> members =
        table().byParent.get(new MemoryOrganizationalUnits.ParentKey(org, ou));
    if (members == null) {
      return List.of();
    }
    NavigableMap<AccountId, Account> tail = after == null ? members : members.tailMap(after, false);
    return tail.values().stream().limit(limit).toList();
  }

  @Override
  public int countClosuresSince(OrganizationId org, Instant since) {
    TreeMap<ClosureKey, Account> closed = table().closures.get(org);
    return closed == null
        ? 0
        : closed.tailMap(new ClosureKey(since, new AccountId("000000000000")), true).size();
  }

  @Override
  public List<Account> closedUntil(OrganizationId org, Instant until, int limit) {
    TreeMap<ClosureKey, Account> closed = table().closures.get(org);
    if (closed == null) {
      return List.of();
    }
    return closed
        .headMap(new ClosureKey(until, new AccountId("999999999999")), true)
        .values()
        .stream()
        .limit(limit)
        .toList();
  }

  @Override
  public int countMembers(OrganizationId org) {
    TreeMap<AccountId, Account> members = table().members.get(org);
    return members == null ? 0 : members.size();
  }
}
