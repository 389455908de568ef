package dev.orgd.core.store;

import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.ActionType;
import dev.orgd.core.model.Handshake;
import dev.orgd.core.model.HandshakeId;
import dev.orgd.core.model.HandshakeState;
import dev.orgd.core.model.OrganizationId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The in-memory handshakes, each filed newest first under every {@link IndexKey} that a query may
 * name, so that a page reads only the handshakes it could show.
 */
final class MemoryHandshakes extends MemoryRepository implements HandshakeRepository {

  /** The newest-first order of handshakes. */
  private static final Comparator<HandshakeCursor> NEWEST_FIRST =
      Comparator.comparing(HandshakeCursor::requestedAt)
          .thenComparingLong(HandshakeCursor::sequence)
          .reversed();

  /**
   * One index of handshakes: those of one organization (and action, and stored state), of one
   * parent, or of one recipient by account or by email. Null members do not narrow; the key with
   * every member null files every handshake.
   */
  record IndexKey(
      OrganizationId organization,
      ActionType action,
      HandshakeState state,
      HandshakeId parent,
      AccountId recipientAccount,
      String recipientEmail) {

    static final IndexKey EVERY = new IndexKey(null, null, null, null, null, null);

    static IndexKey of(OrganizationId org, ActionType action, HandshakeState state) {
      return new IndexKey(org, action, state, null, null, null);
    }

    static IndexKey parent(HandshakeId parent) {
      return new IndexKey(null, null, null, parent, null, null);
    }

    static IndexKey recipient(AccountId account) {
      return new IndexKey(null, null, null, null, account, null);
    }

    static IndexKey recipient(String email) {
      return new IndexKey(null, null, null, null, null, email);
    }
  }

  /** The data, shared by every unit of work of one store. */
  static final class Table {
    final Map<HandshakeId, Handshake> byId = new HashMap<>();
    final Map<IndexKey, TreeMap<HandshakeCursor, Handshake>> indexes = new HashMap<>();

    /**
     * The index keys a handshake is filed under. Besides the organization (and its action), a
     * handshake is filed under its organization and stored state, so that a count of the open or of
     * the not accepted ones (the quota checks of every invitation) reads only those.
     */
    static List<IndexKey> indexKeys(Handshake h) {
      List<IndexKey> keys = new ArrayList<>(8);
      keys.add(IndexKey.EVERY);
      keys.add(IndexKey.of(h.organizationId(), null, null));
      keys.add(IndexKey.of(h.organizationId(), h.action(), null));
      keys.add(IndexKey.of(h.organizationId(), null, h.state()));
      keys.add(IndexKey.of(h.organizationId(), h.action(), h.state()));
      if (h.parentId() != null) {
        keys.add(IndexKey.parent(h.parentId()));
      }
      if (h.recipientAccount() != null) {
        keys.add(IndexKey.recipient(h.recipientAccount()));
      }
      if (h.recipientEmail() != null) {
        keys.add(IndexKey.recipient(h.recipientEmail()));
      }
      return keys;
    }

    void put(Handshake h) {
      remove(h.id());
      byId.put(h.id(), h);
      HandshakeCursor cursor = cursorOf(h);
      for (IndexKey key : indexKeys(h)) {
        indexes.computeIfAbsent(key, k -> new TreeMap<>(NEWEST_FIRST)).put(cursor, h);
      }
    }

    void remove(HandshakeId id) {
      Handshake old = byId.remove(id);
      if (old != null) {
        HandshakeCursor cursor = cursorOf(old);
        for (IndexKey key : indexKeys(old)) {
          TreeMap<HandshakeCursor, Handshake> index = indexes.get(key);
          index.remove(cursor);
          if (index.isEmpty()) {
            indexes.remove(key);
          }
        }
      }
    }
  }

  MemoryHandshakes(MemoryTables tables, Deque<Runnable> undo) {
    super(tables, undo);
  }

  private Table table() {
    return tables.handshakes;
  }

  private static HandshakeCursor cursorOf(Handshake h) {
    return new HandshakeCursor(h.requestedAt(), h.sequence());
  }

  @Override
  public Optional<Handshake> find(HandshakeId id) {
    return Optional.ofNullable(table().byId.get(id));
  }

  @Override
  public long nextSequence() {
    writable();
    long old = tables.sequence;
    tables.sequence = old + 1;
    onUndo(() -> tables.sequence = old);
    return tables.sequence;
  }

  @Override
  public void save(Handshake handshake) {
    writable();
    Table table = table();
    saveUndoably(
        handshake.id(), handshake, table.byId.get(handshake.id()), table::put, table::remove);
  }

  @Override
  public List<Handshake> list(HandshakeQuery query, HandshakeCursor after, int limit) {
    List<Handshake> result = new ArrayList<>(Math.min(limit, 64));
    List<IndexKey> keys = indexKeysFor(query);
    for (IndexKey key : keys) {
      // A recipient query may use two indexes (by id and by email): merge them newest first.
      TreeMap<HandshakeCursor, Handshake> index = table().indexes.get(key);
      if (index == null) {
        continue;
      }
      NavigableMap<HandshakeCursor, Handshake> tail =
          after == null ? index : index.tailMap(after, false);
      int taken = 0;
      for (Handshake h : tail.values()) {
        // Every index is newest first: past the oldest instant asked for, nothing else matches.
        if (taken == limit
            || query.requestedSince() != null && h.requestedAt().isBefore(query.requestedSince())) {
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
      return merged(result, limit);
    }
    return result;
  }

  private static List<Handshake> merged(List<Handshake> result, int limit) {
    result.sort(Comparator.comparing(MemoryHandshakes::cursorOf, NEWEST_FIRST));
    List<Handshake> distinct = new ArrayList<>(result.size());
    for (Handshake h : result) {
      if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).id().equals(h.id())) {
        distinct.add(h);
      }
    }
    return distinct.size() > limit ? distinct.subList(0, limit) : distinct;
  }

  private static List<IndexKey> indexKeysFor(HandshakeQuery q) {
    if (q.parent() != null) {
      return List.of(IndexKey.parent(q.parent()));
    }
    if (q.recipientAccount() != null || q.recipientEmail() != null) {
      List<IndexKey> keys = new ArrayList<>(2);
      if (q.recipientAccount() != null) {
        keys.add(IndexKey.recipient(q.recipientAccount()));
      }
      if (q.recipientEmail() != null) {
        keys.add(IndexKey.recipient(q.recipientEmail()));
      }
      return keys;
    }
    if (q.organization() != null) {
      List<HandshakeState> states = states(q);
      if (states.size() < HandshakeState.values().length) {
        // The states the query can select, each from its own index, merged newest first.
        List<IndexKey> keys = new ArrayList<>(states.size());
        for (HandshakeState state : states) {
          keys.add(IndexKey.of(q.organization(), q.action(), state));
        }
        return keys;
      }
      return List.of(IndexKey.of(q.organization(), q.action(), null));
    }
    return List.of(IndexKey.EVERY);
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

  private static boolean matches(HandshakeQuery q, Handshake h) {
    return (q.organization() == null || q.organization().equals(h.organizationId()))
        && (q.recipientAccount() == null && q.recipientEmail() == null || isRecipient(q, h))
        && (q.action() == null || q.action() == h.action())
        && (q.parent() == null || q.parent().equals(h.parentId()))
        && (q.openAt() == null || (!h.state().isTerminal() && !h.expiresAt().isBefore(q.openAt())))
        && (q.requestedSince() == null || !h.requestedAt().isBefore(q.requestedSince()))
        && (q.excludedState() == null || h.state() != q.excludedState());
  }

  /** Whether the handshake's recipient is the query's account or its email (either may be null). */
  private static boolean isRecipient(HandshakeQuery q, Handshake h) {
    return (q.recipientAccount() != null && q.recipientAccount().equals(h.recipientAccount()))
        || (q.recipientEmail() != null && q.recipientEmail().equals(h.recipientEmail()));
  }

  @Override
  public int count(HandshakeQuery query) {
    if (query.recipientAccount() != null || query.recipientEmail() != null) {
      // The two recipient indexes may both hold a handshake: count it once.
      return list(query, null, Integer.MAX_VALUE).size();
    }
    // The other indexes a query reads (one per stored state) hold each handshake once, so their
    // matches add up without the newest-first merge that list needs (which sorted every open
    // handshake of the organization at each invitation's quota check).
    int count = 0;
    for (IndexKey key : indexKeysFor(query)) {
      TreeMap<HandshakeCursor, Handshake> index = table().indexes.get(key);
      if (index == null) {
        continue;
      }
      for (Handshake h : index.values()) {
        if (query.requestedSince() != null && h.requestedAt().isBefore(query.requestedSince())) {
          break;
        }
        if (matches(query, h)) {
          count++;
        }
      }
    }
    return count;
  }

  @Override
  public int purge(Instant now) {
    writable();
    List<Handshake> gone = table().byId.values().stream().filter(h -> !h.isVisibleAt(now)).toList();
    for (Handshake h : gone) {
      table().remove(h.id());
      onUndo(() -> table().put(h));
    }
    return gone.size();
  }
}
