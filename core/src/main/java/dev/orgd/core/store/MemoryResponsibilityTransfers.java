package dev.orgd.core.store;

import dev.orgd.core.model.HandshakeId;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.ResponsibilityTransfer;
import dev.orgd.core.model.ResponsibilityTransferId;
import dev.orgd.core.model.TransferType;
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
 * The in-memory responsibility transfers: by id, by handshake, and filed newest first under the
 * organization on each side, so that a page reads only the transfers it could show.
 */
final class MemoryResponsibilityTransfers extends MemoryRepository
    implements ResponsibilityTransferRepository {

  private static final Comparator<HandshakeCursor> NEWEST_FIRST =
      Comparator.comparing(HandshakeCursor::requestedAt)
          .thenComparingLong(HandshakeCursor::sequence)
          .reversed();

  /** One side of one organization. */
  record SideKey(OrganizationId organization, boolean inbound) {}

  /** The data, shared by every unit of work of one store. */
  static final class Table {
    final TreeMap<ResponsibilityTransferId, ResponsibilityTransfer> byId =
        new TreeMap<>(Comparator.comparing(ResponsibilityTransferId::value));
    final Map<HandshakeId, ResponsibilityTransferId> byHandshake = new HashMap<>();
    final Map<SideKey, TreeMap<HandshakeCursor, ResponsibilityTransfer>> bySide = new HashMap<>();

    void put(ResponsibilityTransfer t) {
      ResponsibilityTransfer old = byId.put(t.id(), t);
      if (old != null) {
        unfile(old);
      }
      byHandshake.put(t.handshakeId(), t.id());
      file(new SideKey(t.targetOrganization(), true), t);
      file(new SideKey(t.sourceOrganization(), false), t);
    }

    void remove(ResponsibilityTransferId id) {
      ResponsibilityTransfer old = byId.remove(id);
      if (old != null) {
        byHandshake.remove(old.handshakeId());
        unfile(old);
      }
    }

    private void file(SideKey key, ResponsibilityTransfer t) {
      bySide.computeIfAbsent(key, k -> new TreeMap<>(NEWEST_FIRST)).put(cursor(t), t);
    }

    private void unfile(ResponsibilityTransfer t) {
      for (SideKey key :
          List.of(
              new SideKey(t.targetOrganization(), true),
              new SideKey(t.sourceOrganization(), false))) {
        TreeMap<HandshakeCursor, ResponsibilityTransfer> side = bySide.get(key);
        if (side != null) {
          side.remove(cursor(t));
          if (side.isEmpty()) {
            bySide.remove(key);
          }
        }
      }
    }
  }

  MemoryResponsibilityTransfers(MemoryTables tables, Deque<Runnable> undo) {
    super(tables, undo);
  }

  private Table table() {
    return tables.responsibilityTransfers;
  }

  private static HandshakeCursor cursor(ResponsibilityTransfer t) {
    return new HandshakeCursor(t.requestedAt(), t.sequence());
  }

  @Override
  public Optional<ResponsibilityTransfer> find(ResponsibilityTransferId id) {
    return Optional.ofNullable(table().byId.get(id));
  }

  @Override
  public Optional<ResponsibilityTransfer> findByHandshake(HandshakeId handshake) {
    ResponsibilityTransferId id = table().byHandshake.get(handshake);
    return id == null ? Optional.empty() : find(id);
  }

  @Override
  public void save(ResponsibilityTransfer transfer) {
    writable();
    ResponsibilityTransfer old = table().byId.get(transfer.id());
    table().put(transfer);
    onUndo(
        () -> {
          table().remove(transfer.id());
          if (old != null) {
            table().put(old);
          }
        });
  }

  @Override
  public List<ResponsibilityTransfer> list(
      OrganizationId org, boolean inbound, TransferType type, HandshakeCursor after, int limit) {
    TreeMap<HandshakeCursor, ResponsibilityTransfer> side =
        table().bySide.get(new SideKey(org, inbound));
    if (side == null) {
      return List.of();
    }
    NavigableMap<HandshakeCursor, ResponsibilityTransfer> tail =
        after == null ? side : side.tailMap(after, false);
    List<ResponsibilityTransfer> page = new ArrayList<>(Math.min(limit, tail.size()));
    for (ResponsibilityTransfer t : tail.values()) {
      if (page.size() >= limit) {
        break;
      }
      if (t.type() == type) {
        page.add(t);
      }
    }
    return page;
  }

  @Override
  public List<ResponsibilityTransfer> all(ResponsibilityTransferId after, int limit) {
    NavigableMap<ResponsibilityTransferId, ResponsibilityTransfer> tail =
        after == null ? table().byId : table().byId.tailMap(after, false);
    return tail.values().stream().limit(limit).toList();
  }

  @Override
  public int purge(Instant now) {
    writable();
    List<ResponsibilityTransfer> gone = new ArrayList<>();
    for (ResponsibilityTransfer t : table().byId.values()) {
      if (t.retainedUntil().isBefore(now)) {
        gone.add(t);
      }
    }
    for (ResponsibilityTransfer t : gone) {
      table().remove(t.id());
      onUndo(() -> table().put(t));
    }
    return gone.size();
  }

  @Override
  public List<ResponsibilityTransfer> unended(OrganizationId org) {
    List<ResponsibilityTransfer> unended = new ArrayList<>();
    for (boolean inbound : new boolean[] {true, false}) {
      TreeMap<HandshakeCursor, ResponsibilityTransfer> side =
          table().bySide.get(new SideKey(org, inbound));
      if (side != null) {
        for (ResponsibilityTransfer t : side.values()) {
          if (!t.status().endedUnaccepted()) {
            unended.add(t);
          }
        }
      }
    }
    return unended;
  }
}
