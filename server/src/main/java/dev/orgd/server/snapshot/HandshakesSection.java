package dev.orgd.server.snapshot;

import dev.orgd.core.model.Handshake;
import dev.orgd.core.store.HandshakeCursor;
import dev.orgd.core.store.HandshakeQuery;
import dev.orgd.core.store.StoreTx;
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

  @Override
  public void load(StoreTx tx, List<Handshake> rows) {
    rows.forEach(tx.handshakes()::save);
  }
}
