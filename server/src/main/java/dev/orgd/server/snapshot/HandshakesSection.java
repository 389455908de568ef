package dev.orgd.server.snapshot;

import dev.orgd.core.model.Handshake;
import dev.orgd.core.store.HandshakeCursor;
import dev.orgd.core.store.HandshakeQuery;
import dev.orgd.core.store.StoreTx;
import java.util.Comparator;
import java.util.List;

/** Handshakes, newest first, with their stored state (expiry is computed when read, as always). */
final class HandshakesSection implements SnapshotSection<Handshake> {
  @Override
  public String name() {
    return "handshakes";
  }

  @Override
  public Class<Handshake> rowType() {
    return Handshake.class;
  }

  @Override
  public List<Handshake> export(StoreTx tx) {
    return Keysets.<Handshake, HandshakeCursor>drain(
        (after, limit) -> tx.handshakes().list(HandshakeQuery.all(), after, limit),
        h -> new HandshakeCursor(h.requestedAt(), h.sequence()));
  }

  /**
   * Each handshake gets a new sequence number of this store, in the order of the old ones: a
   * handshake created after the load must sort after every loaded one of the same instant (a frozen
   * clock makes many), whatever the store's own sequence had reached.
   */
  @Override
  public void load(StoreTx tx, List<Handshake> rows) {
    rows.stream()
        .sorted(Comparator.comparingLong(Handshake::sequence))
        .map(h -> resequenced(h, tx.handshakes().nextSequence()))
        .forEach(tx.handshakes()::save);
  }

  private static Handshake resequenced(Handshake h, long sequence) {
    return new Handshake(
        h.id(),
        h.organizationId(),
        h.managementAccountId(),
        h.action(),
        h.state(),
        h.requestedAt(),
        h.expiresAt(),
        h.stateChangedAt(),
        h.parties(),
        h.resources(),
        h.parentId(),
        h.recipientAccount(),
        h.recipientEmail(),
        h.tags(),
        sequence,
        h.partition());
  }
}
