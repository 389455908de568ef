package dev.orgd.core.model;

/** The state of a handshake (the model's HandshakeState). */
public enum HandshakeState {
  REQUESTED,
  OPEN,
  CANCELED,
  ACCEPTED,
  DECLINED,
  EXPIRED;

  /** Whether the handshake can no longer change. */
  public boolean isTerminal() {
    return switch (this) {
      case CANCELED, ACCEPTED, DECLINED, EXPIRED -> true;
      case REQUESTED, OPEN -> false;
    };
  }
}
