package dev.orgd.core.store;

import dev.orgd.core.model.Handshake;
import dev.orgd.core.model.HandshakeId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Handshakes by id, and the selections of {@link HandshakeQuery}, newest first. */
public interface HandshakeRepository {

  Optional<Handshake> find(HandshakeId id);

  /** A number larger than any this store handed out before; it orders handshakes by creation. */
  long nextSequence();

  void save(Handshake handshake);

  /**
   * The handshakes {@code query} selects, newest first (requestedAt descending, then sequence
   * descending), strictly after {@code after} (null: from the start), at most {@code limit}.
   * Deleted (past retention) handshakes are not filtered out here: the caller does that.
   */
  List<Handshake> list(HandshakeQuery query, HandshakeCursor after, int limit);

  int count(HandshakeQuery query);

  /** Physically removes handshakes whose retention ended before {@code now}; returns how many. */
  int purge(Instant now);
}
