package dev.orgd.server.snapshot;

import dev.orgd.core.model.Handshake;
import dev.orgd.core.model.ResponsibilityTransfer;
import dev.orgd.core.store.StoreTx;
import java.util.List;

/**
 * Responsibility transfers by id, those whose organizations are gone (kept for their retention)
 * included. Loads after the handshakes, whose new sequence numbers the transfers take.
 */
final class ResponsibilityTransfersSection implements SnapshotSection<ResponsibilityTransfer> {
  @Override
  public String name() {
    return "responsibilityTransfers";
  }

  @Override
  public Class<ResponsibilityTransfer> rowType() {
    return ResponsibilityTransfer.class;
  }

  @Override
  public List<ResponsibilityTransfer> export(StoreTx tx) {
    return Keysets.drain(tx.responsibilityTransfers()::all, ResponsibilityTransfer::id);
  }

  /**
   * A transfer's sequence is its handshake's, and {@link HandshakesSection} gives every handshake a
   * new one of this store: the transfer takes its handshake's (or keeps its own when the handshake
   * is gone), so the transfers and handshakes created after the load sort after the loaded ones.
   */
  @Override
  public void load(StoreTx tx, List<ResponsibilityTransfer> rows) {
    for (ResponsibilityTransfer t : rows) {
      long sequence =
          tx.handshakes().find(t.handshakeId()).map(Handshake::sequence).orElse(t.sequence());
      tx.responsibilityTransfers().save(resequenced(t, sequence));
    }
  }

  private static ResponsibilityTransfer resequenced(ResponsibilityTransfer t, long sequence) {
    return new ResponsibilityTransfer(
        t.id(),
        t.type(),
        t.name(),
        t.sourceOrganization(),
        t.sourceManagementAccount(),
        t.targetOrganization(),
        t.targetManagementAccount(),
        t.handshakeId(),
        t.startAt(),
        t.endAt(),
        t.expiresAt(),
        t.status(),
        t.statusChangedAt(),
        t.requestedAt(),
        sequence,
        t.tags());
  }
}
