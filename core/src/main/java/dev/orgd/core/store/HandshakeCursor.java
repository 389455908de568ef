package dev.orgd.core.store;

import java.time.Instant;

/**
 * A position in the handshake order (newest {@code requestedAt} first, then highest {@code
 * sequence} first). A listing that starts after a cursor returns only handshakes strictly after it.
 */
public record HandshakeCursor(Instant requestedAt, long sequence) {}
