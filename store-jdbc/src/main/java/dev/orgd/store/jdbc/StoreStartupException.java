package dev.orgd.store.jdbc;

/**
 * A JDBC store could not start: its data directory or database file is unusable, PostgreSQL is
 * unreachable or refuses the login, or the schema cannot be migrated. The message is one sentence
 * for the person starting orgd, who should print it and exit; the cause keeps the details.
 */
public final class StoreStartupException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreStartupException(String message, Throwable cause) {
    super(message, cause);
  }
}
