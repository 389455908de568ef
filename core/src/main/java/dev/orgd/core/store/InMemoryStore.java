package dev.orgd.core.store;

import dev.orgd.core.model.Account;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.CreateAccountRequestId;
import dev.orgd.core.model.CreateAccountStatus;
import dev.orgd.core.model.DelegatedAdministrator;
import dev.orgd.core.model.Handshake;
import dev.orgd.core.model.HandshakeId;
import dev.orgd.core.model.HandshakeState;
import dev.orgd.core.model.Organization;
import dev.orgd.core.model.OrganizationId;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * The reference store: everything in memory, one writer at a time, readers in parallel. A unit of
 * work that throws is rolled back from an undo log, so an API call is atomic here too.
 */
public final class InMemoryStore implements Store {

  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final byte[] tokenKey = new byte[32];
  // Replaced whole by deleteAll, so that a unit of work that fails afterwards can put it back.
  private Tables tables = new Tables();

  public InMemoryStore() {
    new SecureRandom().nextBytes(tokenKey);
  }

  @Override
  public <T> T read(Function<StoreTx, T> work) {
    lock.readLock().lock();
    try {
      return work.apply(new Tx(null));
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Writers run one at a time here, so the scope has nothing to add. */
  @Override
  public <T> T write(WriteScope scope, Function<StoreTx, T> work) {
    lock.writeLock().lock();
    Deque<Runnable> undo = new ArrayDeque<>();
    try {
      T result = work.apply(new Tx(undo));
      undo.clear();
      return result;
    } catch (RuntimeException | Error e) {
      while (!undo.isEmpty()) {
        undo.pop().run();
      }
      throw e;
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public String kind() {
    return "memory";
  }

  @Override
  public String schemaVersion() {
    return "n/a";
  }

  @Override
  public void close() {}

  /** The newest-first order of handshakes. */
  private static final Comparator<HandshakeCursor> NEWEST_FIRST =
      Comparator.comparing(HandshakeCursor::requestedAt)
          .thenComparingLong(HandshakeCursor::sequence)
          .reversed();

  /** The index key under which every handshake is filed, for queries that name no narrower one. */
  private static final String EVERY_HANDSHAKE = "every";

  private static HandshakeCursor cursorOf(Handshake h) {
    return new HandshakeCursor(h.requestedAt(), h.sequence());
  }

  /**
   * All data, and the secondary indexes that keep every page read independent of the total size.
   */
  private static final class Tables {
    ClockSetting clock = ClockSetting.REAL_TIME;
    long sequence;
    final Map<AccountId, Account> accounts = new HashMap<>();
    final Map<String, AccountId> accountsByEmail = new HashMap<>();
    final Map<OrganizationId, TreeMap<AccountId, Account>> members = new HashMap<>();
    final Map<OrganizationId, Organization> organizations = new HashMap<>();
    final Map<HandshakeId, Handshake> handshakes = new HashMap<>();
    final Map<Object, TreeMap<HandshakeCursor, Handshake>> handshakeIndexes = new HashMap<>();
    final Map<CreateAccountRequestId, CreateAccountStatus> createAccountStatuses = new HashMap<>();
    final Map<List<Object>, DelegatedAdministrator> delegatedAdministrators = new HashMap<>();

    void putAccount(Account account) {
      Account old = accounts.put(account.id(), account);
      if (old != null) {
        accountsByEmail.remove(Account.normalizeEmail(old.email()), old.id());
        if (old.organizationId() != null) {
          members.get(old.organizationId()).remove(old.id());
        }
      }
      accountsByEmail.put(Account.normalizeEmail(account.email()), account.id());
      if (account.organizationId() != null) {
        members
            .computeIfAbsent(account.organizationId(), k -> new TreeMap<>())
            .put(account.id(), account);
      }
    }

    void removeAccount(AccountId id) {
      Account old = accounts.remove(id);
      if (old != null) {
        accountsByEmail.remove(Account.normalizeEmail(old.email()), old.id());
        if (old.organizationId() != null) {
          members.get(old.organizationId()).remove(old.id());
        }
      }
    }

    /**
     * The index keys a handshake is filed under. Besides the organization (and its action), a
     * handshake is filed under its organization and stored state, so that a count of the open or of
     * the not accepted ones (the quota checks of every invitation) reads only those.
     */
    static List<Object> indexKeys(Handshake h) {
      List<Object> keys = new ArrayList<>(8);
      keys.add(EVERY_HANDSHAKE);
      keys.add(h.organizationId());
      keys.add(List.of(h.organizationId(), h.action()));
      keys.add(List.of(h.organizationId(), h.state()));
      keys.add(List.of(h.organizationId(), h.action(), h.state()));
      if (h.parentId() != null) {
        keys.add(h.parentId());
      }
      if (h.recipientAccount() != null) {
        keys.add(h.recipientAccount());
      }
      if (h.recipientEmail() != null) {
        keys.add("email:" + h.recipientEmail());
      }
      return keys;
    }

    void putHandshake(Handshake h) {
      removeHandshake(h.id());
      handshakes.put(h.id(), h);
      HandshakeCursor cursor = cursorOf(h);
      for (Object key : indexKeys(h)) {
        handshakeIndexes.computeIfAbsent(key, k -> new TreeMap<>(NEWEST_FIRST)).put(cursor, h);
      }
    }

    void removeHandshake(HandshakeId id) {
      Handshake old = handshakes.remove(id);
      if (old != null) {
        HandshakeCursor cursor = cursorOf(old);
        for (Object key : indexKeys(old)) {
          TreeMap<HandshakeCursor, Handshake> index = handshakeIndexes.get(key);
          index.remove(cursor);
          if (index.isEmpty()) {
            handshakeIndexes.remove(key);
          }
        }
      }
    }
  }

  private final class Tx implements StoreTx {
    private final Deque<Runnable> undo;

    Tx(Deque<Runnable> undo) {
      this.undo = undo;
    }

    private void writable() {
      if (undo == null) {
        throw new IllegalStateException("write in a read-only unit of work");
      }
    }

    @Override
    public ClockSetting clockSetting() {
      return tables.clock;
    }

    @Override
    public void saveClockSetting(ClockSetting setting) {
      writable();
      ClockSetting old = tables.clock;
      tables.clock = setting;
      undo.push(() -> tables.clock = old);
    }

    @Override
    public byte[] tokenKey() {
      return tokenKey.clone();
    }

    @Override
    public Optional<Account> account(AccountId id) {
      return Optional.ofNullable(tables.accounts.get(id));
    }

    @Override
    public Optional<Account> accountByEmail(String normalizedEmail) {
      return Optional.ofNullable(tables.accountsByEmail.get(normalizedEmail))
          .map(tables.accounts::get);
    }

    @Override
    public void saveAccount(Account account) {
      writable();
      Account old = tables.accounts.get(account.id());
      tables.putAccount(account);
      undo.push(
          () -> {
            if (old == null) {
              tables.removeAccount(account.id());
            } else {
              tables.putAccount(old);
            }
          });
    }

    @Override
    public List<Account> accounts(OrganizationId org, AccountId after, int limit) {
      TreeMap<AccountId, Account> members = tables.members.get(org);
      if (members == null) {
        return List.of();
      }
      NavigableMap<AccountId, Account> tail =
          after == null ? members : members.tailMap(after, false);
      return tail.values().stream().limit(limit).toList();
    }

    @Override
    public int countAccounts(OrganizationId org) {
      TreeMap<AccountId, Account> members = tables.members.get(org);
      return members == null ? 0 : members.size();
    }

    @Override
    public Optional<Organization> organization(OrganizationId id) {
      return Optional.ofNullable(tables.organizations.get(id));
    }

    @Override
    public void saveOrganization(Organization organization) {
      writable();
      Organization old = tables.organizations.put(organization.id(), organization);
      undo.push(() -> restore(tables.organizations, organization.id(), old));
    }

    @Override
    public void deleteOrganization(OrganizationId id) {
      writable();
      Organization old = tables.organizations.remove(id);
      undo.push(() -> restore(tables.organizations, id, old));
      for (CreateAccountStatus status : createAccountStatuses(id)) {
        tables.createAccountStatuses.remove(status.id());
        undo.push(() -> tables.createAccountStatuses.put(status.id(), status));
      }
      for (DelegatedAdministrator da : delegatedAdministrators(id)) {
        deleteDelegatedAdministrator(id, da.accountId(), da.servicePrincipal());
      }
    }

    @Override
    public Optional<Handshake> handshake(HandshakeId id) {
      return Optional.ofNullable(tables.handshakes.get(id));
    }

    @Override
    public long nextSequence() {
      writable();
      long old = tables.sequence;
      tables.sequence = old + 1;
      undo.push(() -> tables.sequence = old);
      return tables.sequence;
    }

    @Override
    public void saveHandshake(Handshake handshake) {
      writable();
      Handshake old = tables.handshakes.get(handshake.id());
      tables.putHandshake(handshake);
      undo.push(
          () -> {
            if (old == null) {
              tables.removeHandshake(handshake.id());
            } else {
              tables.putHandshake(old);
            }
          });
    }

    @Override
    public List<Handshake> handshakes(HandshakeQuery query, HandshakeCursor after, int limit) {
      List<Handshake> result = new ArrayList<>(Math.min(limit, 64));
      List<Object> keys = indexKeysFor(query);
      for (Object key : keys) {
        // A recipient query may use two indexes (by id and by email): merge them newest first.
        TreeMap<HandshakeCursor, Handshake> index = tables.handshakeIndexes.get(key);
        if (index == null) {
          continue;
        }
        NavigableMap<HandshakeCursor, Handshake> tail =
            after == null ? index : index.tailMap(after, false);
        int taken = 0;
        for (Handshake h : tail.values()) {
          // Every index is newest first: past the oldest instant asked for, nothing else matches.
          if (taken == limit
              || query.requestedSince() != null
                  && h.requestedAt().isBefore(query.requestedSince())) {
            break;
          }
          if (matches(query, h)) {
            result.add(h);
            taken++;
          }
        }
      }
      // One index is already newest first and has each handshake once; several must be merged.
      if (keys.size() > 1 && result.size() > 1) {
        result.sort(Comparator.comparing(InMemoryStore::cursorOf, NEWEST_FIRST));
        List<Handshake> distinct = new ArrayList<>(result.size());
        for (Handshake h : result) {
          if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).id().equals(h.id())) {
            distinct.add(h);
          }
        }
        return distinct.size() > limit ? distinct.subList(0, limit) : distinct;
      }
      return result;
    }

    private List<Object> indexKeysFor(HandshakeQuery q) {
      if (q.parent() != null) {
        return List.of(q.parent());
      }
      if (q.recipientAccount() != null || q.recipientEmail() != null) {
        List<Object> keys = new ArrayList<>(2);
        if (q.recipientAccount() != null) {
          keys.add(q.recipientAccount());
        }
        if (q.recipientEmail() != null) {
          keys.add("email:" + q.recipientEmail());
        }
        return keys;
      }
      if (q.organization() != null) {
        List<HandshakeState> states = states(q);
        if (states.size() < HandshakeState.values().length) {
          // The states the query can select, each from its own index, merged newest first.
          List<Object> keys = new ArrayList<>(states.size());
          for (HandshakeState state : states) {
            keys.add(
                q.action() == null
                    ? List.of(q.organization(), state)
                    : List.of(q.organization(), q.action(), state));
          }
          return keys;
        }
        return List.of(
            q.action() == null ? q.organization() : List.of(q.organization(), q.action()));
      }
      return List.of(EVERY_HANDSHAKE);
    }

    /** The stored states a handshake may be in to match {@code q}. */
    private static List<HandshakeState> states(HandshakeQuery q) {
      List<HandshakeState> states = new ArrayList<>(HandshakeState.values().length);
      for (HandshakeState state : HandshakeState.values()) {
        if ((q.openAt() == null || !state.isTerminal()) && state != q.excludedState()) {
          states.add(state);
        }
      }
      return states;
    }

    private boolean matches(HandshakeQuery q, Handshake h) {
      return (q.organization() == null || q.organization().equals(h.organizationId()))
          && (q.recipientAccount() == null && q.recipientEmail() == null || isRecipient(q, h))
          && (q.action() == null || q.action() == h.action())
          && (q.parent() == null || q.parent().equals(h.parentId()))
          && (q.openAt() == null
              || (!h.state().isTerminal() && !h.expiresAt().isBefore(q.openAt())))
          && (q.requestedSince() == null || !h.requestedAt().isBefore(q.requestedSince()))
          && (q.excludedState() == null || h.state() != q.excludedState());
    }

    /**
     * Whether the handshake's recipient is the query's account or its email (either may be null).
     */
    private static boolean isRecipient(HandshakeQuery q, Handshake h) {
      return (q.recipientAccount() != null && q.recipientAccount().equals(h.recipientAccount()))
          || (q.recipientEmail() != null && q.recipientEmail().equals(h.recipientEmail()));
    }

    @Override
    public int countHandshakes(HandshakeQuery query) {
      return handshakes(query, null, Integer.MAX_VALUE).size();
    }

    @Override
    public int purgeHandshakes(Instant now) {
      writable();
      List<Handshake> gone =
          tables.handshakes.values().stream().filter(h -> !h.isVisibleAt(now)).toList();
      for (Handshake h : gone) {
        tables.removeHandshake(h.id());
        undo.push(() -> tables.putHandshake(h));
      }
      return gone.size();
    }

    @Override
    public Optional<CreateAccountStatus> createAccountStatus(CreateAccountRequestId id) {
      return Optional.ofNullable(tables.createAccountStatuses.get(id));
    }

    @Override
    public void saveCreateAccountStatus(CreateAccountStatus status) {
      writable();
      CreateAccountStatus old = tables.createAccountStatuses.put(status.id(), status);
      undo.push(() -> restore(tables.createAccountStatuses, status.id(), old));
    }

    @Override
    public List<CreateAccountStatus> createAccountStatuses(OrganizationId org) {
      return tables.createAccountStatuses.values().stream()
          .filter(s -> s.organizationId().equals(org))
          .sorted(Comparator.comparing(CreateAccountStatus::id))
          .toList();
    }

    @Override
    public List<DelegatedAdministrator> delegatedAdministrators(OrganizationId org) {
      return tables.delegatedAdministrators.values().stream()
          .filter(d -> d.organizationId().equals(org))
          .sorted(
              Comparator.comparing(DelegatedAdministrator::accountId)
                  .thenComparing(DelegatedAdministrator::servicePrincipal))
          .toList();
    }

    @Override
    public void saveDelegatedAdministrator(DelegatedAdministrator registration) {
      writable();
      List<Object> key =
          List.of(
              registration.organizationId(),
              registration.accountId(),
              registration.servicePrincipal());
      DelegatedAdministrator old = tables.delegatedAdministrators.put(key, registration);
      undo.push(() -> restore(tables.delegatedAdministrators, key, old));
    }

    @Override
    public void deleteDelegatedAdministrator(
        OrganizationId org, AccountId account, String servicePrincipal) {
      writable();
      List<Object> key = List.of(org, account, servicePrincipal);
      DelegatedAdministrator old = tables.delegatedAdministrators.remove(key);
      undo.push(() -> restore(tables.delegatedAdministrators, key, old));
    }

    @Override
    public void deleteAll() {
      writable();
      // Swap in empty tables (the sequence goes on, it only ever grows); the undo swaps them back.
      Tables old = tables;
      tables = new Tables();
      tables.sequence = old.sequence;
      undo.push(() -> tables = old);
    }
  }

  private static <K, V> void restore(Map<K, V> map, K key, V old) {
    if (old == null) {
      map.remove(key);
    } else {
      map.put(key, old);
    }
  }
}
