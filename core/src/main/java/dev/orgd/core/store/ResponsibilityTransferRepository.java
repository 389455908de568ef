package dev.orgd.core.store;

import dev.orgd.core.model.HandshakeId;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.ResponsibilityTransfer;
import dev.orgd.core.model.ResponsibilityTransferId;
import dev.orgd.core.model.TransferType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Responsibility transfers by id and by the handshake that created them, and the transfers of one
 * organization on one side, newest first (requestedAt descending, then sequence descending, the
 * order of their handshakes).
 */
public interface ResponsibilityTransferRepository {

  Optional<ResponsibilityTransfer> find(ResponsibilityTransferId id);

  Optional<ResponsibilityTransfer> findByHandshake(HandshakeId handshake);

  void save(ResponsibilityTransfer transfer);

  /**
   * The transfers whose target ({@code inbound}) or source (not {@code inbound}) is {@code org}, of
   * {@code type}, strictly after {@code after} (null: from the start), at most {@code limit}.
   * Transfers past their retention are not filtered out here: the caller does that.
   */
  List<ResponsibilityTransfer> list(
      OrganizationId org, boolean inbound, TransferType type, HandshakeCursor after, int limit);

  /**
   * Every transfer of every organization by id, strictly after {@code after} (null: from the
   * start), at most {@code limit}: the state snapshot's export, which also keeps a transfer whose
   * organizations are gone.
   */
  List<ResponsibilityTransfer> all(ResponsibilityTransferId after, int limit);

  /**
   * Every transfer of {@code org}, on either side, whose stored status is REQUESTED, ACCEPTED or
   * WITHDRAWN: the ones that may still hold a place (the caller applies the clock).
   */
  List<ResponsibilityTransfer> unended(OrganizationId org);

  /**
   * Physically removes transfers whose retention ({@link ResponsibilityTransfer#retainedUntil})
   * ended before {@code now}; returns how many.
   */
  int purge(Instant now);
}
