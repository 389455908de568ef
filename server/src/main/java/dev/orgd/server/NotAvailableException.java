package dev.orgd.server;

/**
 * The configuration asks for something this build does not have yet (a storage backend, an
 * authentication mode); the message says what and what to use instead.
 */
public final class NotAvailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  NotAvailableException(String message) {
    super(message);
  }
}
