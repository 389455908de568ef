package dev.orgd.store.jdbc;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

/** Reading database failures: which kind they are, and what to tell a person about them. */
final class Failures {

  private Failures() {
    throw new AssertionError("not instantiable");
  }

  /** Whether the database could not be reached or dropped the connection. */
  static boolean isConnectionFailure(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    return e instanceof SQLTransientConnectionException
        || e instanceof SQLNonTransientConnectionException
        || e instanceof SQLRecoverableException
        || state.startsWith("08") // connection exception
        || state.startsWith("57P") // PostgreSQL shutting down or not yet accepting connections
        || state.equals("53300"); // too many connections
  }

  /** The first SQLException among {@code t} and its causes. */
  static Optional<SQLException> sqlCause(Throwable t) {
    for (Throwable cause = t; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException e) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The first line of a throwable's message, or its type when it has none. */
  static String summary(Throwable t) {
    String message = t.getMessage();
    if (message == null || message.isBlank()) {
      return t.getClass().getSimpleName();
    }
    return message.strip().lines().findFirst().orElse(message).strip();
  }
}
